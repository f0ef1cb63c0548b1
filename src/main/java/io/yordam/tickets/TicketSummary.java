package io.yordam.tickets;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import io.yordam.conversations.Channel;

import io.yordam.access.Participant;
import io.yordam.access.PlatformRole;

/** A ticket as the queue, the workspace and the agent API show it. */
public record TicketSummary(TicketId id, long number, UUID conversationId, String requesterId,
		PlatformRole requesterRole, String requesterName, TicketLine line, TicketStatus status, TicketPriority priority,
		TicketCategory category, Set<String> tags, UUID assigneeId, String assigneeName, String orderId, String subject,
		Instant createdAt, Instant updatedAt, Instant firstResponseAt, Instant solvedAt, String language,
		EscalationLevel escalationLevel, int reopenCount, Channel channel) {

	public TicketSummary {
		channel = (channel != null) ? channel : Channel.CHAT;
	}

	/** A chat's ticket. */
	public TicketSummary(TicketId id, long number, UUID conversationId, String requesterId, PlatformRole requesterRole,
			String requesterName, TicketLine line, TicketStatus status, TicketPriority priority,
			TicketCategory category, Set<String> tags, UUID assigneeId, String assigneeName, String orderId,
			String subject, Instant createdAt, Instant updatedAt, Instant firstResponseAt, Instant solvedAt,
			String language, EscalationLevel escalationLevel, int reopenCount) {
		this(id, number, conversationId, requesterId, requesterRole, requesterName, line, status, priority, category,
				tags, assigneeId, assigneeName, orderId, subject, createdAt, updatedAt, firstResponseAt, solvedAt,
				language, escalationLevel, reopenCount, Channel.CHAT);
	}

	/** Who asked: role and id together, never the id alone. */
	public Participant requester() {
		return new Participant(this.requesterRole, this.requesterId);
	}

}
