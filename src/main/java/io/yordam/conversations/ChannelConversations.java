package io.yordam.conversations;

import io.yordam.access.PlatformUser;

/**
 * The door for channel adapters (email, Telegram, phone): what a participant sent on
 * their channel becomes a message of a conversation like one written in the app. The
 * adapter has already verified where it came from; both calls are idempotent by their
 * keys, so a redelivered mail or update adds nothing.
 */
public interface ChannelConversations {

	/**
	 * A conversation on this channel; a second call with the same {@code startKey} finds
	 * the first.
	 */
	ConversationView start(PlatformUser participant, Channel channel, String subject, String startKey);

	/**
	 * The same, about an order the adapter could tell (a public review matched to one):
	 * the ticket opens with it.
	 */
	ConversationView start(PlatformUser participant, Channel channel, String subject, String startKey, String orderId);

	/**
	 * What the participant wrote, once per {@code clientMessageId} (at most 100
	 * characters).
	 */
	MessageView receive(ConversationId id, String text, String clientMessageId);

	/**
	 * The participant chose one of the quick replies the conversation offered (a tap on
	 * an inline keyboard); its label is the message's text, once per
	 * {@code clientMessageId}.
	 * @throws io.yordam.common.InvalidInputException for a reply this conversation did
	 * not offer
	 */
	MessageView receiveChoice(ConversationId id, String actionId, String clientMessageId);

	/** An image the participant sent, with the chat's limits on size and type. */
	MessageView receiveImage(ConversationId id, byte[] data, String caption, String clientMessageId);

}
