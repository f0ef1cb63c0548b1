package io.yordam.tickets;

import java.time.Instant;
import java.util.UUID;

import io.yordam.access.Participant;

/**
 * A ticket was opened or changed. Carries the summary the queue and the customer-360
 * show, so that no listener has to read the ticket back.
 */
public record TicketChanged(TicketId ticketId, long number, UUID conversationId, Participant requester, TicketLine line,
		TicketStatus status, TicketPriority priority, TicketCategory category, String subject, String assigneeId,
		String change, Instant createdAt, Instant updatedAt) {

	@Override
	public String toString() {
		return "TicketChanged[#" + this.number + " " + this.change + " " + this.status + "]";
	}

}
