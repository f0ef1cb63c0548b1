package io.yordam.conversations;

import java.util.List;
import java.util.Optional;

import io.yordam.access.OperatorPrincipal;
import io.yordam.access.PlatformUser;

/** What support (the tickets and the workspace) does with conversations. */
public interface Conversations {

	Optional<ConversationView> find(ConversationId id);

	/**
	 * The participant's latest conversation, on any channel (role and id together: ids of
	 * different roles may coincide).
	 */
	Optional<ConversationView> latestOf(io.yordam.access.Participant participant);

	List<MessageView> messagesAfter(ConversationId id, long afterSeq, int limit);

	/**
	 * An operator's reply; {@code clientMessageId} makes a retried submit return the same
	 * message.
	 */
	MessageView replyAsSupport(ConversationId id, OperatorPrincipal operator, String text, String clientMessageId);

	/**
	 * An operator's reply sent on another channel the participant has ({@code via}, a
	 * {@link ReplyChannel}'s; null: the conversation's own). It is a message of the
	 * conversation all the same: the history is one.
	 */
	MessageView replyAsSupport(ConversationId id, OperatorPrincipal operator, String text, String clientMessageId,
			Channel via);

	/**
	 * An operator's image (a photo of the receipt, a map), with an optional caption,
	 * under the chat's limits on size and type; idempotent by {@code clientMessageId}.
	 * @throws io.yordam.common.InvalidInputException on {@code image} for a file that is
	 * not an image the chat takes
	 */
	MessageView replyImageAsSupport(ConversationId id, OperatorPrincipal operator, byte[] data, String caption,
			String clientMessageId);

	void markReadBySupport(ConversationId id, long seq);

	/** Messages matching a full-text query, best first. */
	List<MessageHit> searchMessages(String query, int limit);

	/**
	 * A message from the desk itself (a playbook's offer, a confirmation), optionally
	 * with quick replies. {@code clientMessageId} makes it idempotent: a retry returns
	 * the first.
	 */
	MessageView postAsSystem(ConversationId id, String text, List<QuickReply> quickReplies, String clientMessageId);

	/**
	 * The bot's answer, in the customer's conversation, optionally with quick replies;
	 * idempotent by {@code clientMessageId} like {@link #postAsSystem}.
	 */
	MessageView postAsBot(ConversationId id, String text, List<QuickReply> quickReplies, String clientMessageId);

	/**
	 * The participant writes in another language (ru, uz, en) than the one their
	 * conversation began in (their app's): from now on the desk tells them things in it,
	 * a playbook's offer as much as the bot's answers. Any other value changes nothing.
	 */
	void participantSpeaks(ConversationId id, String language);

	/**
	 * Support reaches out first (an unpaid order): a new conversation with the
	 * participant, which opens a ticket like any other.
	 */
	ConversationView startBySupport(PlatformUser participant, String orderId, String subject);

	Optional<AttachmentContent> attachment(ConversationId id, java.util.UUID attachmentId);

	record AttachmentContent(String contentType, byte[] data) {
	}

}
