package io.yordam.conversations;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A message as both sides of the chat see it. {@code via}: the channel support chose for
 * it when not the conversation's own (null otherwise). {@code aside}: it chose a quick
 * reply that answers on the side ({@link QuickReply#aside()}).
 */
public record MessageView(UUID id, long seq, AuthorKind authorKind, String authorName, String text, UUID attachmentId,
		String attachmentType, String clientMessageId, Instant createdAt, List<QuickReply> actions, String actionId,
		Channel via, boolean aside) {

	public MessageView(UUID id, long seq, AuthorKind authorKind, String authorName, String text, UUID attachmentId,
			String attachmentType, String clientMessageId, Instant createdAt, List<QuickReply> actions, String actionId,
			Channel via) {
		this(id, seq, authorKind, authorName, text, attachmentId, attachmentType, clientMessageId, createdAt, actions,
				actionId, via, false);
	}

	public MessageView(UUID id, long seq, AuthorKind authorKind, String authorName, String text, UUID attachmentId,
			String attachmentType, String clientMessageId, Instant createdAt, List<QuickReply> actions,
			String actionId) {
		this(id, seq, authorKind, authorName, text, attachmentId, attachmentType, clientMessageId, createdAt, actions,
				actionId, null);
	}

}
