package io.yordam.conversations;

import java.util.List;
import java.util.Optional;

import io.yordam.access.OperatorPrincipal;

/** What support (the tickets and the workspace) does with conversations. */
public interface Conversations {

	Optional<ConversationView> find(ConversationId id);

	List<MessageView> messagesAfter(ConversationId id, long afterSeq, int limit);

	/**
	 * An operator's reply; {@code clientMessageId} makes a retried submit return the same
	 * message.
	 */
	MessageView replyAsSupport(ConversationId id, OperatorPrincipal operator, String text, String clientMessageId);

	void markReadBySupport(ConversationId id, long seq);

	Optional<AttachmentContent> attachment(ConversationId id, java.util.UUID attachmentId);

	record AttachmentContent(String contentType, byte[] data) {
	}

}
