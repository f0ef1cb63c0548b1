package io.yordam.feedback;

import io.yordam.tickets.TicketChanged;
import io.yordam.tickets.TicketSummary;

/**
 * The event that solved a ticket, made again from it: to deliver it once more by hand.
 */
final class SolvedTicket {

	private SolvedTicket() {
	}

	static TicketChanged event(TicketSummary solved) {
		return new TicketChanged(solved.id(), solved.number(), solved.conversationId(), solved.requester(),
				solved.line(), solved.status(), solved.priority(), solved.category(), solved.subject(),
				solved.assigneeId().toString(), TicketChanged.Change.STATUS, solved.createdAt(), solved.updatedAt(),
				solved.language(), solved.escalationLevel(), solved.reopenCount(), solved.channel());
	}

}
