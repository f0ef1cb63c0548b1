package io.yordam.analytics;

import java.time.Instant;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each contact's next order (the customer's first order created after the ticket's
 * opening) and the window it fell in, kept on the ticket's row for retention after
 * contact, whichever of the two arrives first. A new ticket and a new order of one
 * customer lock the customer's row first: written at once, each would miss the other's
 * uncommitted row, so the second waits for the first and then sees it.
 */
@Repository
class NextOrders {

	/**
	 * The first window (7 or 30 days after the opening) a next order fell in, or null:
	 * what the retention page counts, so that it compares numbers rather than adds a
	 * window to each contact's moment.
	 */
	private static final String WITHIN = "case when %1$s <= opened_at + interval '7' day then 7 "
			+ "when %1$s <= opened_at + interval '30' day then 30 end";

	private final JdbcTemplate jdbc;

	private final RetentionDays retention;

	NextOrders(JdbcTemplate jdbc, RetentionDays retention) {
		this.jdbc = jdbc;
		this.retention = retention;
	}

	/** Locks the customer's row (made on first sight) until the transaction ends. */
	@Transactional(propagation = Propagation.MANDATORY)
	void lockCustomer(String customerId) {
		Sql.insertOnce(this.jdbc, "insert into analytics_customers (customer_id) values (?)", customerId);
		this.jdbc.queryForList("select customer_id from analytics_customers where customer_id = ? for update",
				customerId);
	}

	/** A new contact: its next order among the customer's orders already known. */
	@Transactional(propagation = Propagation.MANDATORY)
	void contact(UUID ticketId, String customerId, Instant openedAt) {
		this.jdbc.update(
				"update analytics_tickets set next_order_at = (select min(o.created_at) from analytics_orders o "
						+ "where o.customer_id = ? and o.created_at > ?) where ticket_id = ?",
				customerId, Sql.at(openedAt), ticketId);
		this.jdbc.update("update analytics_tickets set next_order_within = " + WITHIN.formatted("next_order_at")
				+ " where ticket_id = ?", ticketId);
	}

	/**
	 * An order created (once per order): kept, and the next order of the customer's
	 * tickets opened before it that knew none, or a later one.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	void ordered(String orderId, String customerId, Instant createdAt) {
		if (customerId != null) {
			lockCustomer(customerId);
		}
		this.jdbc.update("insert into analytics_orders (order_id, customer_id, created_at) values (?, ?, ?)", orderId,
				customerId, Sql.at(createdAt));
		if (customerId != null) {
			// The contacts whose window changes (those of the last 30 days) make their
			// days
			// stale: an older one's next order moves past any window.
			this.jdbc
				.query("select opened_at from analytics_tickets where customer_id = ? and opened_at < ? "
						+ "and opened_at >= ? and (next_order_at is null or next_order_at > ?)",
						(rs, n) -> Sql.instant(rs, "opened_at"), customerId, Sql.at(createdAt),
						Sql.at(createdAt.minus(Retention.MONTH)), Sql.at(createdAt))
				.forEach(this.retention::changed);
			this.jdbc.update("update analytics_tickets set next_order_at = ?, next_order_within = "
					+ WITHIN.formatted("cast(? as timestamp with time zone)")
					+ " where customer_id = ? and opened_at < ? and (next_order_at is null or next_order_at > ?)",
					Sql.at(createdAt), Sql.at(createdAt), Sql.at(createdAt), customerId, Sql.at(createdAt),
					Sql.at(createdAt));
		}
	}

}
