package io.yordam.macros;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import io.yordam.access.OperatorPrincipal;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Uses and done steps, written with conditional inserts: a use is counted by the one
 * insert that wrote its row (a retry, or the same request racing, writes none), and the
 * count is raised in the database, never read and written back.
 */
@Repository
class MacroUseRecords {

	private final JdbcTemplate jdbc;

	MacroUseRecords(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Whether this call recorded the use (false: it was recorded before); the first use
	 * of a standard step's macro marks the step done on the ticket, in the same
	 * transaction.
	 */
	@Transactional
	boolean record(UUID macroId, StandardStep step, String useKey, UUID ticketId, OperatorPrincipal by, Instant at) {
		int written;
		try {
			written = this.jdbc.update(
					"insert into macro_uses (macro_id, use_key, ticket_id, operator_id, used_at) "
							+ "values (?, ?, ?, ?, ?) on conflict do nothing",
					macroId, useKey, ticketId, by.id().value(), utc(at));
		}
		catch (DuplicateKeyException ex) {
			// H2 may report the racing twin as a duplicate rather than skip it.
			written = 0;
		}
		if (written == 1) {
			this.jdbc.update("update macros set usage_count = usage_count + 1 where id = ?", macroId);
			if (step != null) {
				stepDone(ticketId, step, by.displayName(), macroId, at);
			}
			return true;
		}
		return false;
	}

	long count(UUID macroId) {
		Long count = this.jdbc.queryForObject("select usage_count from macros where id = ?", Long.class, macroId);
		return (count != null) ? count : 0;
	}

	/** The step's first time on the ticket stays; later ones change nothing. */
	void stepDone(UUID ticketId, StandardStep step, String by, UUID macroId, Instant at) {
		try {
			this.jdbc.update(
					"insert into ticket_service_steps (ticket_id, step, done_at, done_by, macro_id) "
							+ "values (?, ?, ?, ?, ?) on conflict do nothing",
					ticketId, step.name(), utc(at), by, macroId);
		}
		catch (DuplicateKeyException ex) {
			// Done already, by a reply racing this one.
		}
	}

	List<MacroReplies.StepDone> steps(UUID ticketId) {
		return this.jdbc.query(
				"select step, done_at, done_by from ticket_service_steps where ticket_id = ? order by done_at",
				(rs, i) -> new MacroReplies.StepDone(StandardStep.valueOf(rs.getString(1)),
						rs.getObject(2, OffsetDateTime.class).toInstant(), rs.getString(3)),
				ticketId);
	}

	private static OffsetDateTime utc(Instant at) {
		return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
	}

}
