package io.yordam.incidents;

import java.util.UUID;

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

	private final IncidentDesk desk;

	private final ConflictRetry retry;

	IncidentEvents(IncidentDesk desk, ConflictRetry retry) {
		this.desk = desk;
		this.retry = retry;
	}

	/** The customer tapped one of an incident's quick replies. */
	@Durable
	@Async
	@TransactionalEventListener
	void on(MessagePosted event) {
		if (event.authorKind() != AuthorKind.PARTICIPANT || event.actionId() == null
				|| !event.actionId().startsWith(IncidentDesk.ACTION_PREFIX)) {
			return;
		}
		String[] parts = event.actionId().substring(IncidentDesk.ACTION_PREFIX.length()).split(":", 2);
		try {
			this.retry.run(() -> this.desk.choose(UUID.fromString(parts[0]), parts[1], "customer"));
		}
		catch (RuleViolationException ex) {
			// A second tap on another option after the first was taken: the first stands.
			log.info("Quick reply {} not taken: {}", event.actionId(), ex.getMessage());
		}
	}

	@Durable
	@Async
	@TransactionalEventListener
	void on(OrderSynced event) {
		if ("order.payment_failed".equals(event.eventType()) && event.status().isActive()) {
			this.retry.run(() -> this.desk.paymentDeclined(event.orderId(), event.customerLocale()));
		}
	}

	@Durable
	@Async
	@TransactionalEventListener
	void on(PlatformActionSettled event) {
		String requestedFor = event.requestedFor();
		if (requestedFor == null || !requestedFor.startsWith("incident:")) {
			return;
		}
		this.retry.run(() -> this.desk.platformSettled(UUID.fromString(requestedFor.substring("incident:".length())),
				event.type(), event.status() == PlatformActionView.Status.DONE, event.detail()));
	}

	@Durable
	@Async
	@TransactionalEventListener
	void on(TicketChanged event) {
		if ("opened".equals(event.change())) {
			this.retry.run(() -> this.desk.ticketOpened(event.conversationId(), event.ticketId()));
		}
		if (event.status() == TicketStatus.SOLVED || event.status() == TicketStatus.CLOSED) {
			this.retry.run(() -> this.desk.ticketClosed(event.ticketId()));
		}
	}

}
