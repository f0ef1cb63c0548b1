package io.yordam.analytics;

import io.yordam.common.ConflictRetry;
import io.yordam.common.Durable;
import io.yordam.conversations.AuthorKind;
import io.yordam.conversations.MessagePosted;
import io.yordam.ledger.CompensationPosted;
import io.yordam.orders.OrderSynced;
import io.yordam.tickets.TicketChanged;

import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * What the other modules tell analytics. Each event is applied in a transaction of its
 * own (again when it lost a race); the conditions keep the registry from recording events
 * no figure reads. A feed for another module's event (a rating, a review) is one more
 * listener here calling {@link Rollups#once} and {@link Rollups#add}.
 */
@Component
class AnalyticsEvents {

	private final TicketFacts tickets;

	private final ResponseFacts responses;

	private final OrderFacts orders;

	private final CompensationFacts compensations;

	private final ConflictRetry retry;

	AnalyticsEvents(TicketFacts tickets, ResponseFacts responses, OrderFacts orders, CompensationFacts compensations,
			ConflictRetry retry) {
		this.tickets = tickets;
		this.responses = responses;
		this.orders = orders;
		this.compensations = compensations;
		this.retry = retry;
	}

	@Durable
	@Async
	@TransactionalEventListener(condition = "#event.change().name() == 'OPENED' or #event.change().name() == 'STATUS'"
			+ " or #event.change().name() == 'REPLIED' or #event.change().name() == 'ORDER'")
	void on(TicketChanged event) {
		this.retry.run(() -> this.tickets.changed(event));
	}

	@Durable
	@Async
	@TransactionalEventListener(condition = "#event.authorKind().name() == 'AGENT'")
	void on(MessagePosted event) {
		if (event.authorKind() == AuthorKind.AGENT) {
			this.retry.run(() -> this.responses.answered(event));
		}
	}

	@Durable
	@Async
	@TransactionalEventListener(condition = "#event.eventType().name() == 'ORDER_CREATED'"
			+ " or #event.eventType().name() == 'COURIER_ASSIGNED' or #event.firstSeen()")
	void on(OrderSynced event) {
		this.retry.run(() -> this.orders.synced(event));
	}

	@Durable
	@Async
	@TransactionalEventListener
	void on(CompensationPosted event) {
		this.retry.run(() -> this.compensations.posted(event));
	}

}
