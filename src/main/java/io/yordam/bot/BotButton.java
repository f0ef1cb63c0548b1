package io.yordam.bot;

import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;

import io.yordam.conversations.QuickReply;

/**
 * One of the bot's quick replies: {@code bot:<conversation>:<seq>:<kind>:<value>}, unique
 * across conversations and questions (the seq is the message the bot was answering). Its
 * {@link Kind} says which question it answers.
 */
record BotButton(UUID conversationId, long seq, Kind kind, String value) {

	static final String PREFIX = "bot:";

	/**
	 * Which question a button answers. The codes are in ids customers already hold: they
	 * never change.
	 */
	enum Kind {

		/** A line of the order, by its index, or {@code all}. */
		ITEM("i", DialogueStep.PICK_ITEMS),
		/** What was wrong with the food, by its name. */
		PROBLEM("p", DialogueStep.FOOD_PROBLEM),
		/** "Did this help?": {@code yes} or {@code no}. */
		FAQ_FEEDBACK("faq", DialogueStep.FAQ_FEEDBACK),
		/** "Is this about order N?": {@code yes} or {@code no}. */
		CONTEXT("ctx", DialogueStep.CONFIRM_CONTEXT),
		/** One of the customer's orders, by its id. */
		ORDER("o", DialogueStep.PICK_ORDER),
		/** A request the bot was unsure about, by its intent's wire name. */
		INTENT("int", null),
		/** A person. */
		PERSON("h", null),
		/**
		 * What came instead of a wrong item: a menu dish by its sku, or {@code other}.
		 */
		CAME("c", DialogueStep.WHAT_CAME);

		private final String code;

		/** The question it answers; none: it may be tapped whatever the bot asked. */
		private final DialogueStep question;

		Kind(String code, DialogueStep question) {
			this.code = code;
			this.question = question;
		}

		static Optional<Kind> of(String code) {
			return Arrays.stream(values()).filter(kind -> kind.code.equals(code)).findFirst();
		}

		String code() {
			return this.code;
		}

		boolean answers(DialogueStep waitingOn) {
			return this.question == null || this.question == waitingOn;
		}

	}

	static boolean isBots(String actionId) {
		return actionId != null && actionId.startsWith(PREFIX);
	}

	/** The bot's button an action id names; none for another's, or a malformed one. */
	static Optional<BotButton> parse(String actionId) {
		String[] parts = isBots(actionId) ? actionId.split(":", 5) : new String[0];
		if (parts.length < 5) {
			return Optional.empty();
		}
		try {
			UUID conversation = UUID.fromString(parts[1].replaceFirst(
					"(\\p{XDigit}{8})(\\p{XDigit}{4})(\\p{XDigit}{4})(\\p{XDigit}{4})(\\p{XDigit}{12})",
					"$1-$2-$3-$4-$5"));
			long seq = Long.parseLong(parts[2]);
			return Kind.of(parts[3]).map(kind -> new BotButton(conversation, seq, kind, parts[4]));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	String id() {
		String id = PREFIX + this.conversationId.toString().replace("-", "") + ":" + this.seq + ":" + this.kind.code()
				+ ":" + this.value;
		return (id.length() <= 120) ? id : id.substring(0, 120);
	}

	QuickReply labelled(String label) {
		return new QuickReply(id(), (label.length() <= 80) ? label : label.substring(0, 79) + "…");
	}

	/** Whether it answers the question the bot is waiting on (an old button does not). */
	boolean answers(DialogueStep waitingOn) {
		return this.kind.answers(waitingOn);
	}

}
