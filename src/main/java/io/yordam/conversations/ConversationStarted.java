package io.yordam.conversations;

import io.yordam.access.Participant;
import io.yordam.access.PlatformRole;

/**
 * A customer, courier or partner opened a conversation with support, maybe about an
 * order.
 */
public record ConversationStarted(ConversationId conversationId, String participantId, PlatformRole participantRole,
		String participantName, String participantLocale, String orderId, String subject, boolean startedBySupport,
		Channel channel) {

	/** Events stored before channels existed were all chats. */
	public ConversationStarted {
		channel = (channel != null) ? channel : Channel.CHAT;
	}

	public ConversationStarted(ConversationId conversationId, String participantId, PlatformRole participantRole,
			String participantName, String participantLocale, String orderId, String subject,
			boolean startedBySupport) {
		this(conversationId, participantId, participantRole, participantName, participantLocale, orderId, subject,
				startedBySupport, Channel.CHAT);
	}

	public Participant participant() {
		return new Participant(this.participantRole, this.participantId);
	}

	@Override
	public String toString() {
		return "ConversationStarted[" + this.conversationId + " " + this.participantRole + "]";
	}

}
