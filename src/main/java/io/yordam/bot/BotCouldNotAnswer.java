package io.yordam.bot;

import java.time.Instant;
import java.util.UUID;

/**
 * The bot could not answer a customer's words: it did not understand them, they were out
 * of its scope, or the knowledge base had no article for them. What the editors read to
 * know which article to write next.
 *
 * @param seq the message's position in its conversation (with the conversation, its key)
 * @param reason {@code unsure}, {@code out-of-scope} or {@code no-article}
 */
public record BotCouldNotAnswer(UUID conversationId, long seq, String text, String language, String reason,
		Instant at) {

	@Override
	public String toString() {
		return "BotCouldNotAnswer[" + this.conversationId + " #" + this.seq + " " + this.reason + "]";
	}

}
