package io.yordam.bot;

/**
 * What the bot understood of a message, and the next most likely intents (to ask about
 * when unsure). {@code decidedBy} says why: the model, a rule (a request for a person),
 * or the live order (a status question on an order already late).
 */
public record Classification(Intent intent, double confidence, String language, Entities entities, String anger,
		String decidedBy, java.util.List<Intent> runnersUp) {

	public Classification {
		runnersUp = (runnersUp != null) ? java.util.List.copyOf(runnersUp) : java.util.List.of();
	}

	public boolean angry() {
		return this.anger != null;
	}

}
