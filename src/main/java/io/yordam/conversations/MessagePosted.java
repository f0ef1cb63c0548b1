package io.yordam.conversations;

import java.time.Instant;
import java.util.UUID;

/**
 * A message was appended to a conversation at position {@code seq}.
 *
 * @param aside the participant chose a quick reply that answers on the side
 * ({@link QuickReply#aside()}): the conversation's course does not change (no reopened
 * ticket, no bot), only whoever asked the question reads it
 */
public record MessagePosted(ConversationId conversationId, UUID messageId, long seq, AuthorKind authorKind,
		String authorId, String preview, Instant at, String actionId, boolean aside) {

	/** A message that moves the conversation on (events stored before asides read so). */
	public MessagePosted(ConversationId conversationId, UUID messageId, long seq, AuthorKind authorKind,
			String authorId, String preview, Instant at, String actionId) {
		this(conversationId, messageId, seq, authorKind, authorId, preview, at, actionId, false);
	}

	@Override
	public String toString() {
		return "MessagePosted[" + this.conversationId + " #" + this.seq + " " + this.authorKind + "]";
	}

}
