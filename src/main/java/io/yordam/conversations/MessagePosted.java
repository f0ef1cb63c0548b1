package io.yordam.conversations;

import java.time.Instant;
import java.util.UUID;

/** A message was appended to a conversation at position {@code seq}. */
public record MessagePosted(ConversationId conversationId, UUID messageId, long seq, AuthorKind authorKind,
		String authorId, String preview, Instant at, String actionId) {

	@Override
	public String toString() {
		return "MessagePosted[" + this.conversationId + " #" + this.seq + " " + this.authorKind + "]";
	}

}
