package io.yordam.conversations;

import java.time.Instant;

import io.yordam.access.Participant;
import io.yordam.access.PlatformRole;

public record ConversationView(ConversationId id, String participantId, PlatformRole participantRole,
		String participantName, String participantLocale, String orderId, Instant createdAt, Instant lastMessageAt,
		long lastSeq, long participantReadSeq, long supportReadSeq, Channel channel) {

	public ConversationView {
		channel = (channel != null) ? channel : Channel.CHAT;
	}

	public Participant participant() {
		return new Participant(this.participantRole, this.participantId);
	}

}
