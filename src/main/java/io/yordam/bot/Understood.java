package io.yordam.bot;

/**
 * What the bot made of a customer's words, and so what the dialogue does next. Each
 * carries the classification and the language to answer in from now on.
 */
sealed interface Understood {

	Classification classification();

	String language();

	/**
	 * A person takes over at once, whatever was asked; {@code pressing}: with an apology
	 * and high priority.
	 */
	record StepAside(Classification classification, String language, String reason,
			boolean pressing) implements Understood {
	}

	/** The words answer the question the bot asked: what it has gathered with them. */
	record Answer(Classification classification, String language, Gathered gathered) implements Understood {
	}

	/** The bot is not sure what the customer needs; {@code key} is how it says so. */
	record Unsure(Classification classification, String language, String key) implements Understood {
	}

	/** A request (or a greeting, thanks, a request for a person) to answer. */
	record Request(Classification classification, String language) implements Understood {
	}

}
