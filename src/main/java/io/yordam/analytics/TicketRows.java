package io.yordam.analytics;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The ticket rows, written by the feeds in their transactions. A feed locks its ticket's
 * row first, so events about one ticket are applied one after the other.
 */
@Repository
class TicketRows {

	private static final String COLUMNS = "ticket_id, ticket_number, customer_id, order_id, channel, line, reason, "
			+ "agent_id, city, restaurant, courier, opened_at, first_response_at, first_resolved_at, fcr_missed";

	private final JdbcTemplate jdbc;

	private final NextOrders nextOrders;

	private final RetentionDays retention;

	TicketRows(JdbcTemplate jdbc, NextOrders nextOrders, RetentionDays retention) {
		this.jdbc = jdbc;
		this.nextOrders = nextOrders;
		this.retention = retention;
	}

	/**
	 * The ticket's row, locked until the transaction ends; created on first sight, with
	 * the customer's next order among those known (the customer locked first: see
	 * {@link NextOrders}).
	 */
	TicketRow lock(UUID ticketId, long number, String customerId, String channel, String line, Instant openedAt) {
		List<TicketRow> found = locked(ticketId);
		if (!found.isEmpty()) {
			return found.get(0);
		}
		if (customerId != null) {
			this.nextOrders.lockCustomer(customerId);
		}
		this.jdbc.update(
				"insert into analytics_tickets (ticket_id, ticket_number, customer_id, channel, line, "
						+ "opened_at) values (?, ?, ?, ?, ?, ?) on conflict do nothing",
				ticketId, number, customerId, channel, line, Sql.at(openedAt));
		if (customerId != null) {
			this.nextOrders.contact(ticketId, customerId, openedAt);
			this.retention.changed(openedAt);
		}
		return locked(ticketId).get(0);
	}

	private List<TicketRow> locked(UUID ticketId) {
		return this.jdbc.query("select " + COLUMNS + " from analytics_tickets where ticket_id = ? for update",
				TicketRows::row, ticketId);
	}

	void orderOf(UUID ticketId, String orderId, String city, String restaurant, String courier) {
		this.jdbc.update("update analytics_tickets set order_id = ?, city = ?, restaurant = ?, courier = ? "
				+ "where ticket_id = ?", orderId, city, restaurant, courier, ticketId);
	}

	void firstResponse(UUID ticketId, Instant at, String agentId) {
		this.jdbc.update("update analytics_tickets set first_response_at = ?, agent_id = coalesce(?, agent_id) "
				+ "where ticket_id = ?", Sql.at(at), agentId, ticketId);
	}

	void resolved(UUID ticketId, Instant at, String agentId, String reason, boolean first) {
		this.jdbc.update("update analytics_tickets set resolved_at = ?, agent_id = coalesce(?, agent_id), "
				+ "reason = coalesce(reason, ?)" + (first ? ", first_resolved_at = ?" : "") + " where ticket_id = ?",
				first ? new Object[] { Sql.at(at), agentId, reason, Sql.at(at), ticketId }
						: new Object[] { Sql.at(at), agentId, reason, ticketId });
	}

	void reopened(UUID ticketId, Instant at) {
		this.jdbc.update("update analytics_tickets set reopened_at = ? where ticket_id = ?", Sql.at(at), ticketId);
	}

	/** Whether this call marked the ticket's first solution as not having held. */
	boolean markFcrMissed(UUID ticketId) {
		return this.jdbc.update(
				"update analytics_tickets set fcr_missed = true where ticket_id = ? " + "and fcr_missed = false",
				ticketId) == 1;
	}

	void compensated(UUID ticketId, Instant at, long som) {
		this.jdbc.update("update analytics_tickets set compensated_at = ?, compensated_som = compensated_som + ? "
				+ "where ticket_id = ?", Sql.at(at), som, ticketId);
		this.retention.changed(ticketId);
	}

	/** The ticket's latest rating, for the drill-down behind the CSAT figures. */
	void rated(UUID ticketId, Instant at, int score) {
		this.jdbc.update("update analytics_tickets set rated_at = ?, csat_score = ? where ticket_id = ?", Sql.at(at),
				score, ticketId);
		this.retention.changed(ticketId);
	}

	/**
	 * The other tickets of the customer about the order whose first solution fell in the
	 * window (the contact at its end did not let it hold).
	 */
	List<TicketRow> solvedAbout(String customerId, String orderId, UUID besides, Instant from, Instant to) {
		return this.jdbc.query(
				"select " + COLUMNS + " from analytics_tickets where customer_id = ? and order_id = ? "
						+ "and ticket_id <> ? and first_resolved_at >= ? and first_resolved_at <= ?",
				TicketRows::row, customerId, orderId, besides, Sql.at(from), Sql.at(to));
	}

	/** Whether the customer opened another ticket about the order in the window. */
	boolean contactedAbout(String customerId, String orderId, UUID besides, Instant after, Instant until) {
		Long found = this.jdbc.queryForObject(
				"select count(*) from analytics_tickets where customer_id = ? "
						+ "and order_id = ? and ticket_id <> ? and opened_at > ? and opened_at <= ?",
				Long.class, customerId, orderId, besides, Sql.at(after), Sql.at(until));
		return found != null && found > 0;
	}

	private static TicketRow row(ResultSet rs, int n) throws SQLException {
		return new TicketRow(rs.getObject("ticket_id", UUID.class), rs.getLong("ticket_number"),
				rs.getString("customer_id"), rs.getString("order_id"), rs.getString("channel"), rs.getString("line"),
				rs.getString("reason"), rs.getString("agent_id"), rs.getString("city"), rs.getString("restaurant"),
				rs.getString("courier"), Sql.instant(rs, "opened_at"), Sql.instant(rs, "first_response_at"),
				Sql.instant(rs, "first_resolved_at"), rs.getBoolean("fcr_missed"));
	}

}
