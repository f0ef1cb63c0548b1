package io.yordam.conversations;

import java.time.Instant;
import java.util.UUID;

/** A message that matched a search, best first. */
public record MessageHit(UUID conversationId, UUID messageId, long seq, AuthorKind authorKind, String text,
		Instant createdAt) {
}
