package io.yordam.notifications;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.yordam.access.OperatorId;
import io.yordam.access.Operators;
import io.yordam.common.Durable;
import io.yordam.conversations.AuthorKind;
import io.yordam.conversations.MessagePosted;
import io.yordam.incidents.IncidentProgressed;
import io.yordam.incidents.IncidentStatus;
import io.yordam.orders.OrderId;
import io.yordam.orders.OrderView;
import io.yordam.orders.Orders;
import io.yordam.tickets.TicketChanged;
import io.yordam.tickets.TicketDesk;
import io.yordam.tickets.TicketSummary;

import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Hears what may need an operator. Each listener is recorded in the publication registry
 * and redelivered after a failure; the notification's source key makes a second delivery
 * write and push nothing. Like the routing and incident listeners, they run after the
 * publisher's commit on a thread of their own and hold no transaction of their own: a
 * listener in the publisher's thread would take a second connection while the first is
 * still bound and starve the pool. The method names are stored identifiers.
 */
@Component
class NotificationTriggers {

	private final TicketDesk desk;

	private final Orders orders;

	private final Operators operators;

	private final Notifier notifier;

	NotificationTriggers(TicketDesk desk, Orders orders, Operators operators, Notifier notifier) {
		this.desk = desk;
		this.orders = orders;
		this.operators = operators;
		this.notifier = notifier;
	}

	// The conditions repeat each listener's first check where the registry sees them: an
	// event the listener would ignore writes no registry row.
	@Durable
	@Async
	@TransactionalEventListener(condition = "#changed.change().name() == 'ASSIGNED' and #changed.assigneeId() != null")
	void onTicketChanged(TicketChanged changed) {
		if (changed.change() != TicketChanged.Change.ASSIGNED || changed.assigneeId() == null) {
			return;
		}
		List<OperatorId> to = NotificationPolicy.handOff(changed,
				this.desk.assignedBy(changed.ticketId(), changed.updatedAt()));
		if (!to.isEmpty()) {
			TicketSummary ticket = this.desk.get(changed.ticketId());
			// An assignment is one moment of the ticket: a later one is told again.
			this.notifier.notify(draft("handoff:" + ticket.id() + ":" + changed.updatedAt().toEpochMilli(),
					NotificationKind.HANDOFF, to, ticket, ticket.subject(), null));
		}
	}

	@Durable
	@Async
	// An answer on the side (a rating) is no reply the agent has to read.
	@TransactionalEventListener(condition = "#posted.authorKind().name() == 'PARTICIPANT' and !#posted.aside()")
	void onMessagePosted(MessagePosted posted) {
		if (posted.authorKind() != AuthorKind.PARTICIPANT || posted.aside()) {
			return;
		}
		this.desk.findOfConversation(posted.conversationId().value()).ifPresent(ticket -> {
			List<OperatorId> to = NotificationPolicy.customerReply(posted, ticket);
			if (!to.isEmpty()) {
				this.notifier.notify(draft("reply:" + posted.messageId(), NotificationKind.CUSTOMER_REPLY, to, ticket,
						posted.preview(), null));
			}
		});
	}

	@Durable
	@Async
	@TransactionalEventListener
	void onIncidentProgressed(IncidentProgressed progressed) {
		if (progressed.status() != IncidentStatus.AWAITING_APPROVAL) {
			this.notifier.decided(progressed.incidentId());
			return;
		}
		List<OperatorId> to = NotificationPolicy.approval(progressed, this.operators.directory());
		Optional<TicketSummary> ticket = this.desk.findOfConversation(progressed.conversationId());
		this.notifier.notify(new NotificationDraft("approval:" + progressed.incidentId(), NotificationKind.APPROVAL, to,
				ticket.map(t -> t.id().value()).orElse(null), ticket.map(TicketSummary::number).orElse(null),
				ticket.map(TicketSummary::requesterName).orElse(null), orderNumber(progressed.orderId()),
				progressed.type().name(), progressed.incidentId()));
	}

	private NotificationDraft draft(String key, NotificationKind kind, List<OperatorId> to, TicketSummary ticket,
			String detail, UUID incidentId) {
		return new NotificationDraft(key, kind, to, ticket.id().value(), ticket.number(), ticket.requesterName(),
				orderNumber(ticket.orderId()), detail, incidentId);
	}

	/** The number the customer knows (E24-…), never the platform's id. */
	private String orderNumber(String orderId) {
		if (orderId == null || orderId.isBlank() || orderId.length() > 64) {
			return null;
		}
		return this.orders.find(new OrderId(orderId)).map(OrderView::number).orElse(null);
	}

}
