package io.yordam.conversations;

import java.util.Objects;

/**
 * A button under a support message. The customer answers with a message that carries its
 * id (or by typing); the id names what choosing it does, so it is unique.
 *
 * @param aside an answer on the side (a rating, a survey's score): the message that
 * chooses it stays in the history but does not move the conversation on. Its
 * {@link MessagePosted#aside()} is true, and whoever follows the conversation (the
 * ticket, the bot, the agent's notifications) lets it pass; whoever asked the question
 * reads the answer. The customer may add a remark of their own: the message's text is
 * then that remark instead of the label.
 */
public record QuickReply(String id, String label, boolean aside) {

	/**
	 * A button that answers the conversation (the bot's pickers, an incident's options).
	 */
	public QuickReply(String id, String label) {
		this(id, label, false);
	}

	/** A button that answers a question on the side (see {@link #aside()}). */
	public static QuickReply aside(String id, String label) {
		return new QuickReply(id, label, true);
	}

	public QuickReply {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(label, "label");
		if (id.isBlank() || id.length() > 120) {
			throw new IllegalArgumentException("A quick reply id has 1 to 120 characters");
		}
	}

}
