package io.yordam.analytics;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.yordam.common.InvalidInputException;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tickets behind a number: the ticket rows whose moment for that metric falls in the
 * period and whose dimension has the cut's value (as the row has it: the agent is who
 * last answered or solved; a dish, when the ticket's order had it). An agent's list is
 * their tickets only.
 */
@Repository
class TicketDrill {

	static final int LIMIT = 500;

	private final JdbcTemplate jdbc;

	TicketDrill(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The column holding a metric's moment; none for figures no ticket stands behind. */
	static String momentOf(Metric metric) {
		return switch (metric) {
			case CONTACTS -> "opened_at";
			case FIRST_RESPONSE -> "first_response_at";
			case RESOLVED, RESOLUTION, HANDLING -> "resolved_at";
			case FIRST_RESOLVED, FCR_MISSED -> "first_resolved_at";
			case REOPENED -> "reopened_at";
			case COMPENSATION -> "compensated_at";
			case CSAT -> "rated_at";
			default -> throw new InvalidInputException("metric", "drill", "No tickets stand behind " + metric);
		};
	}

	@Transactional(readOnly = true)
	List<Row> tickets(Metric metric, AnalyticsScope scope, Instant from, Instant to) {
		String moment = momentOf(metric);
		StringBuilder sql = new StringBuilder("select ticket_id, ticket_number, opened_at, channel, line, reason, "
				+ "agent_id, city, restaurant, courier, compensated_som from analytics_tickets where " + moment
				+ " >= ? and " + moment + " < ?");
		List<Object> args = new ArrayList<>(List.of(Sql.at(from), Sql.at(to)));
		if (metric == Metric.FCR_MISSED) {
			sql.append(" and fcr_missed = true");
		}
		if (scope.dim() == Dimension.DISH) {
			sql.append(" and exists (select 1 from analytics_ticket_dishes d where d.sku = ? "
					+ "and d.ticket_id = analytics_tickets.ticket_id)");
			args.add(scope.value());
		}
		else if (!scope.wholeDesk()) {
			sql.append(" and ").append(scope.dim().column()).append(" = ?");
			args.add(scope.value());
		}
		sql.append(" order by ").append(moment).append(" desc, ticket_number desc limit ").append(LIMIT);
		return this.jdbc.query(sql.toString(),
				(rs, n) -> new Row(rs.getObject("ticket_id", UUID.class), rs.getLong("ticket_number"),
						Sql.instant(rs, "opened_at"), rs.getString("channel"), rs.getString("line"),
						rs.getString("reason"), rs.getString("agent_id"), rs.getString("city"),
						rs.getString("restaurant"), rs.getString("courier"), rs.getLong("compensated_som")),
				args.toArray());
	}

	record Row(UUID ticketId, long number, Instant openedAt, String channel, String line, String reason, String agentId,
			String city, String restaurant, String courier, long compensated) {
	}

}
