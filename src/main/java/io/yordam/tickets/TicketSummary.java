package io.yordam.tickets;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** A ticket as the queue, the workspace and the agent API show it. */
public record TicketSummary(TicketId id, long number, UUID conversationId, String requesterId, String requesterName,
		TicketLine line, TicketStatus status, TicketPriority priority, TicketCategory category, Set<String> tags,
		UUID assigneeId, String assigneeName, String orderId, String subject, Instant createdAt, Instant updatedAt,
		Instant firstResponseAt, Instant solvedAt) {
}
