package io.yordam.analytics;

import io.yordam.ledger.CompensationPosted;
import io.yordam.ledger.LedgerActor;
import io.yordam.orders.OrderId;
import io.yordam.orders.OrderView;
import io.yordam.orders.Orders;

import org.springframework.stereotype.Component;

/**
 * What the ledger paid, under the order's city, restaurant and courier and the agent who
 * posted it; the ticket's row remembers it for retention by outcome, and by the option
 * paid.
 */
@Component
class CompensationFacts {

	private final Orders orders;

	private final TicketRows rows;

	private final Rollups rollups;

	private final CompensationOptions options;

	CompensationFacts(Orders orders, TicketRows rows, Rollups rollups, CompensationOptions options) {
		this.orders = orders;
		this.rows = rows;
		this.rollups = rollups;
		this.options = options;
	}

	void posted(CompensationPosted posted) {
		if (!this.rollups.once("compensation:" + posted.transactionId(), posted.at())) {
			return;
		}
		OrderView order = (posted.orderId() != null) ? this.orders.find(new OrderId(posted.orderId())).orElse(null)
				: null;
		Dimensions dims = Dimensions.desk()
			.with(Dimension.AGENT, (posted.actorKind() == LedgerActor.Kind.AGENT) ? posted.actorId()
					: (posted.actorKind() == LedgerActor.Kind.BOT) ? TicketFacts.BOT : null);
		if (order != null) {
			dims.with(Dimension.CITY, order.city())
				.with(Dimension.RESTAURANT, order.restaurantName())
				.with(Dimension.COURIER, order.courierName());
		}
		this.rollups.add(Metric.COMPENSATION, posted.at(), dims, posted.amount());
		if (posted.ticketId() != null) {
			// One transaction: the row's change marks the ticket's retention day stale
			// for
			// its option too.
			this.rows.compensated(posted.ticketId(), posted.at(), posted.amount());
			this.options.posted(posted);
		}
	}

}
