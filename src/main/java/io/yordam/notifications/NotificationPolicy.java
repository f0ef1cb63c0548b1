package io.yordam.notifications;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.yordam.access.OperatorId;
import io.yordam.access.OperatorSummary;
import io.yordam.access.StaffAction;
import io.yordam.conversations.AuthorKind;
import io.yordam.conversations.MessagePosted;
import io.yordam.incidents.IncidentProgressed;
import io.yordam.incidents.IncidentStatus;
import io.yordam.tickets.TicketChanged;
import io.yordam.tickets.TicketStatus;
import io.yordam.tickets.TicketSummary;

/**
 * Who is told of what, one rule per kind, each tested alone. Nobody is told of what they
 * did themselves: an agent who takes a ticket is not told it was given to them.
 */
final class NotificationPolicy {

	private NotificationPolicy() {
	}

	/**
	 * A ticket given to an agent by routing or by someone else (a supervisor): that
	 * agent.
	 * @param assignedBy the audit trail's actor of the assignment
	 */
	static List<OperatorId> handOff(TicketChanged changed, Optional<String> assignedBy) {
		if (changed.change() != TicketChanged.Change.ASSIGNED || changed.assigneeId() == null
				|| changed.status() == TicketStatus.CLOSED) {
			return List.of();
		}
		if (assignedBy.map(changed.assigneeId()::equals).orElse(false)) {
			return List.of();
		}
		return List.of(new OperatorId(UUID.fromString(changed.assigneeId())));
	}

	/**
	 * The customer (courier, partner) wrote on a ticket somebody holds: its assignee. A
	 * closed ticket's follow-up is a new ticket, routed and told as a hand-off.
	 */
	static List<OperatorId> customerReply(MessagePosted posted, TicketSummary ticket) {
		if (posted.authorKind() != AuthorKind.PARTICIPANT || ticket.assigneeId() == null
				|| ticket.status() == TicketStatus.CLOSED || ticket.status() == TicketStatus.BOT) {
			return List.of();
		}
		return List.of(new OperatorId(ticket.assigneeId()));
	}

	/** An option waits for approval: everyone whose role may decide it. */
	static List<OperatorId> approval(IncidentProgressed progressed, List<OperatorSummary> staff) {
		if (progressed.status() != IncidentStatus.AWAITING_APPROVAL) {
			return List.of();
		}
		return staff.stream()
			.filter(o -> StaffAction.DECIDE_APPROVAL.permits(o.role().name()))
			.map(OperatorSummary::id)
			.toList();
	}

}
