package io.yordam.drafts;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The drafts' table. A save updates the row, or inserts it; two saves racing on a new
 * draft (two tabs) both land, the later one last, instead of one failing on the key.
 */
@Repository
class DraftStore {

	private final JdbcTemplate jdbc;

	DraftStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	Optional<DraftView> find(UUID operatorId, UUID ticketId) {
		return this.jdbc
			.query("select body, updated_at from reply_drafts where operator_id = ? and ticket_id = ?",
					(rs, n) -> new DraftView(rs.getString(1), rs.getObject(2, OffsetDateTime.class).toInstant()),
					operatorId, ticketId)
			.stream()
			.findFirst();
	}

	void save(UUID operatorId, UUID ticketId, String text, Instant at) {
		if (update(operatorId, ticketId, text, at) == 1) {
			return;
		}
		try {
			this.jdbc.update(
					"insert into reply_drafts (operator_id, ticket_id, body, updated_at) values (?, ?, ?, ?) on conflict do nothing",
					operatorId, ticketId, text, utc(at));
		}
		catch (DuplicateKeyException ex) {
			// H2 may report the racing twin as a duplicate rather than skip it.
		}
		update(operatorId, ticketId, text, at);
	}

	void delete(UUID operatorId, UUID ticketId) {
		this.jdbc.update("delete from reply_drafts where operator_id = ? and ticket_id = ?", operatorId, ticketId);
	}

	private int update(UUID operatorId, UUID ticketId, String text, Instant at) {
		return this.jdbc.update(
				"update reply_drafts set body = ?, updated_at = ? where operator_id = ? and ticket_id = ?", text,
				utc(at), operatorId, ticketId);
	}

	private static OffsetDateTime utc(Instant at) {
		return at.atOffset(ZoneOffset.UTC);
	}

}
