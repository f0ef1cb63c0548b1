package io.yordam.incidents;

import io.yordam.common.ConflictRetry;
import io.yordam.common.Durable;
import io.yordam.common.RuleViolationException;
import io.yordam.conversations.AuthorKind;
import io.yordam.conversations.MessagePosted;
import io.yordam.orders.OrderSynced;
import io.yordam.orders.PlatformActionSettled;
import io.yordam.orders.PlatformActionView;
import io.yordam.tickets.TicketChanged;
import io.yordam.tickets.TicketStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * What the other modules tell the incidents: a quick reply, a declined card, the
 * platform's answer, a ticket's life.
 */
@Component
class IncidentEvents {

	private static final Logger log = LoggerFactory.getLogger(IncidentEvents.class);

	private final IncidentDecisions decisions;

	private final SupportReachesOut reachOut;

	private final PlatformSettlements settlements;

	private final DepartmentTasks tasks;

	private final ConflictRetry retry;

	IncidentEvents(IncidentDecisions decisions, SupportReachesOut reachOut, PlatformSettlements settlements,
			DepartmentTasks tasks, ConflictRetry retry) {
		this.decisions = decisions;
		this.reachOut = reachOut;
		this.settlements = settlements;
		this.tasks = tasks;
		this.retry = retry;
	}

	/** The customer tapped one of an incident's quick replies. */
	@Durable
	@Async
	// Only a customer's tap is an incident's: no registry row for any other message, nor
	// for an answer on the side (an incident's options never are).
	@TransactionalEventListener(
			condition = "#event.authorKind().name() == 'PARTICIPANT' and #event.actionId() != null and !#event.aside()")
	void on(MessagePosted event) {
		if (event.authorKind() != AuthorKind.PARTICIPANT) {
			return;
		}
		IncidentChat.tapOf(event.actionId()).ifPresent(tap -> {
			try {
				this.retry.run(() -> this.decisions.choose(tap.incidentId(), tap.option(), IncidentView.CUSTOMER));
			}
			catch (RuleViolationException ex) {
				// A second tap on another option after the first was taken: the first
				// stands.
				log.info("Quick reply {} not taken: {}", event.actionId(), ex.getMessage());
			}
		});
	}

	// Only a declined payment on a live order is support's business: the condition keeps
	// the registry from recording (and completing) every other order event for nothing.
	@Durable
	@Async
	@TransactionalEventListener(
			condition = "#event.eventType().name() == 'PAYMENT_FAILED' and #event.status().isActive()")
	void on(OrderSynced event) {
		this.retry.run(() -> this.reachOut.paymentDeclined(event.orderId(), event.customerLocale()));
	}

	@Durable
	@Async
	@TransactionalEventListener
	void on(PlatformActionSettled event) {
		CompensationPayout.incidentOf(event.requestedFor())
			.ifPresent(incidentId -> this.retry.run(() -> this.settlements.settled(incidentId, event.type(),
					event.status() == PlatformActionView.Status.DONE, event.detail())));
	}

	@Durable
	@Async
	@TransactionalEventListener(
			condition = "#event.change().name() == 'OPENED' or #event.status().name() == 'SOLVED' or #event.status().name() == 'CLOSED'")
	void on(TicketChanged event) {
		if (event.change() == TicketChanged.Change.OPENED) {
			this.retry.run(() -> this.reachOut.ticketOpened(event.conversationId(), event.ticketId()));
		}
		if (event.status() == TicketStatus.SOLVED || event.status() == TicketStatus.CLOSED) {
			this.retry.run(() -> this.tasks.ticketClosed(event.ticketId()));
		}
	}

}
