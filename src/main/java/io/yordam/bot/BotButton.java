package io.yordam.bot;

import java.util.Optional;
import java.util.UUID;

import io.yordam.conversations.QuickReply;

/**
 * One of the bot's quick replies: {@code bot:<conversation>:<seq>:<kind>:<value>}, unique
 * across conversations and questions (the seq is the message the bot was answering). The
 * kind says which question it answers: {@code i} an item, {@code p} the food's problem,
 * {@code faq} "did this help?", {@code ctx} "is this about order N?", {@code o} an order,
 * {@code int} a request the bot was unsure about, {@code h} a person.
 */
record BotButton(UUID conversationId, long seq, String kind, String value) {

	static final String PREFIX = "bot:";

	static boolean isBots(String actionId) {
		return actionId != null && actionId.startsWith(PREFIX);
	}

	static Optional<BotButton> parse(String actionId) {
		String[] parts = isBots(actionId) ? actionId.split(":", 5) : new String[0];
		if (parts.length < 5) {
			return Optional.empty();
		}
		try {
			UUID conversation = UUID.fromString(parts[1].replaceFirst(
					"(\\p{XDigit}{8})(\\p{XDigit}{4})(\\p{XDigit}{4})(\\p{XDigit}{4})(\\p{XDigit}{12})",
					"$1-$2-$3-$4-$5"));
			return Optional.of(new BotButton(conversation, Long.parseLong(parts[2]), parts[3], parts[4]));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	String id() {
		String id = PREFIX + this.conversationId.toString().replace("-", "") + ":" + this.seq + ":" + this.kind + ":"
				+ this.value;
		return (id.length() <= 120) ? id : id.substring(0, 120);
	}

	QuickReply labelled(String label) {
		return new QuickReply(id(), (label.length() <= 80) ? label : label.substring(0, 79) + "…");
	}

	/** Whether it answers the question the bot is waiting on (an old button does not). */
	boolean answers(BotSession.Step waitingOn) {
		return switch (this.kind) {
			case "i" -> waitingOn == BotSession.Step.PICK_ITEMS;
			case "p" -> waitingOn == BotSession.Step.FOOD_PROBLEM;
			case "faq" -> waitingOn == BotSession.Step.FAQ_FEEDBACK;
			case "ctx" -> waitingOn == BotSession.Step.CONFIRM_CONTEXT;
			case "o" -> waitingOn == BotSession.Step.PICK_ORDER;
			default -> true;
		};
	}

}
