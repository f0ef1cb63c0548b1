package io.yordam.escalation;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.yordam.tickets.TicketSummary;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * One row per escalation that moved a ticket up. The unique (ticket, trigger key) makes
 * the row the proof that a trigger escalated the ticket once: a second writer's insert
 * does nothing.
 */
@Repository
class EscalationLog {

	private final JdbcTemplate jdbc;

	EscalationLog(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Whether this call wrote the row (false: the trigger escalated the ticket before).
	 */
	boolean record(TicketSummary ticket, EscalationPolicies.Escalate decision, String by, Instant at) {
		return this.jdbc.update(
				"insert into escalations (id, ticket_id, ticket_number, line, trigger_key, trigger_kind, level, reason, "
						+ "actor_name, at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing",
				UUID.randomUUID(), ticket.id().value(), ticket.number(), ticket.line().name(), decision.key(),
				decision.trigger().name(), decision.level().name(), decision.reason(), by, Timestamp.from(at)) == 1;
	}

	List<Row> since(Instant from) {
		return this.jdbc.query(
				"select ticket_id, ticket_number, line, trigger_kind, level, reason, actor_name, at from escalations "
						+ "where at >= ? order by at desc limit 5000",
				(rs, i) -> new Row(rs.getObject("ticket_id", UUID.class), rs.getLong("ticket_number"),
						rs.getString("line"), rs.getString("trigger_kind"), rs.getString("level"),
						rs.getString("reason"), rs.getString("actor_name"), rs.getTimestamp("at").toInstant()),
				Timestamp.from(from));
	}

	record Row(UUID ticketId, long number, String line, String trigger, String level, String reason, String by,
			Instant at) {
	}

}
