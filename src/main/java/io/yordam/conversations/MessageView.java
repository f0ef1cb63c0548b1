package io.yordam.conversations;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A message as both sides of the chat see it. */
public record MessageView(UUID id, long seq, AuthorKind authorKind, String authorName, String text, UUID attachmentId,
		String attachmentType, String clientMessageId, Instant createdAt, List<QuickReply> actions, String actionId) {
}
