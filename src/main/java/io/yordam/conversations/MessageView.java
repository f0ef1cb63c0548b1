package io.yordam.conversations;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A message as both sides of the chat see it. {@code via}: the channel support chose for
 * it when not the conversation's own (null otherwise).
 */
public record MessageView(UUID id, long seq, AuthorKind authorKind, String authorName, String text, UUID attachmentId,
		String attachmentType, String clientMessageId, Instant createdAt, List<QuickReply> actions, String actionId,
		Channel via) {

	public MessageView(UUID id, long seq, AuthorKind authorKind, String authorName, String text, UUID attachmentId,
			String attachmentType, String clientMessageId, Instant createdAt, List<QuickReply> actions,
			String actionId) {
		this(id, seq, authorKind, authorName, text, attachmentId, attachmentType, clientMessageId, createdAt, actions,
				actionId, null);
	}

}
