package io.yordam.notifications;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.yordam.access.OperatorId;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * One row per operator and cause. The unique (operator, source key) makes the row the
 * proof that the operator was told: a redelivered event's insert writes nothing, and
 * nothing is pushed twice. Reading is a time on the row, set once.
 */
@Repository
class NotificationLog {

	private static final String COLUMNS = "id, kind, ticket_id, ticket_number, customer_name, order_number, detail, "
			+ "created_at, read_at";

	private final JdbcTemplate jdbc;

	NotificationLog(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The notification, when this call wrote it (empty: the operator was told before).
	 */
	Optional<Notification> record(OperatorId to, NotificationDraft draft, Instant at) {
		UUID id = UUID.randomUUID();
		int written;
		try {
			written = this.jdbc.update(
					"insert into operator_notifications (id, operator_id, source_key, kind, "
							+ "ticket_id, ticket_number, customer_name, order_number, detail, incident_id, created_at) "
							+ "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing",
					id, to.value(), draft.sourceKey(), draft.kind().name(), draft.ticketId(), draft.ticketNumber(),
					draft.customerName(), draft.orderNumber(), draft.detail(), draft.incidentId(), Timestamp.from(at));
		}
		catch (DuplicateKeyException ex) {
			// H2 may report the racing twin as a duplicate rather than skip it.
			written = 0;
		}
		return (written == 1) ? Optional
			.of(new Notification(id, draft.kind(), draft.ticketId(), draft.ticketNumber(), draft.customerName(),
					draft.orderNumber(), draft.detail(), at, false, Notification.urlOf(draft.kind(), draft.ticketId())))
				: Optional.empty();
	}

	List<Notification> latest(OperatorId of, int limit) {
		return this.jdbc.query("select " + COLUMNS + " from operator_notifications where operator_id = ? "
				+ "order by created_at desc, id limit ?", NotificationLog::row, of.value(), limit);
	}

	/** Unread, by kind (every kind present, zero when none). */
	Map<NotificationKind, Integer> unread(OperatorId of) {
		Map<NotificationKind, Integer> counts = new EnumMap<>(NotificationKind.class);
		for (NotificationKind kind : NotificationKind.values()) {
			counts.put(kind, 0);
		}
		this.jdbc.query("select kind, count(*) from operator_notifications where operator_id = ? and read_at is null "
				+ "group by kind", rs -> {
					counts.put(NotificationKind.valueOf(rs.getString(1)), rs.getInt(2));
				}, of.value());
		return counts;
	}

	/** Whose notification it is (empty: none with this id). */
	Optional<OperatorId> ownerOf(UUID id) {
		return this.jdbc.queryForList("select operator_id from operator_notifications where id = ?", UUID.class, id)
			.stream()
			.findFirst()
			.map(OperatorId::new);
	}

	int markRead(OperatorId of, UUID id, Instant at) {
		return this.jdbc.update(
				"update operator_notifications set read_at = ? where operator_id = ? and id = ? and read_at is null",
				Timestamp.from(at), of.value(), id);
	}

	int markTicketRead(OperatorId of, UUID ticketId, Instant at) {
		return this.jdbc.update(
				"update operator_notifications set read_at = ? "
						+ "where operator_id = ? and ticket_id = ? and read_at is null",
				Timestamp.from(at), of.value(), ticketId);
	}

	int markKindRead(OperatorId of, NotificationKind kind, Instant at) {
		return this.jdbc.update(
				"update operator_notifications set read_at = ? where operator_id = ? and kind = ? and read_at is null",
				Timestamp.from(at), of.value(), kind.name());
	}

	int markAllRead(OperatorId of, Instant at) {
		return this.jdbc.update(
				"update operator_notifications set read_at = ? where operator_id = ? and read_at is null",
				Timestamp.from(at), of.value());
	}

	/**
	 * An approval decided needs nobody any more: read for every approver. Returns those
	 * who had it unread.
	 */
	List<OperatorId> markIncidentRead(UUID incidentId, Instant at) {
		List<OperatorId> unread = this.jdbc
			.queryForList("select operator_id from operator_notifications where incident_id = ? and read_at is null",
					UUID.class, incidentId)
			.stream()
			.map(OperatorId::new)
			.toList();
		this.jdbc.update("update operator_notifications set read_at = ? where incident_id = ? and read_at is null",
				Timestamp.from(at), incidentId);
		return unread;
	}

	/** Read notifications older than a moment are forgotten. */
	int forgetReadBefore(Instant before) {
		return this.jdbc.update("delete from operator_notifications where read_at is not null and read_at < ?",
				Timestamp.from(before));
	}

	private static Notification row(ResultSet rs, int i) throws SQLException {
		NotificationKind kind = NotificationKind.valueOf(rs.getString("kind"));
		UUID ticketId = rs.getObject("ticket_id", UUID.class);
		long number = rs.getLong("ticket_number");
		Long ticketNumber = rs.wasNull() ? null : number;
		return new Notification(rs.getObject("id", UUID.class), kind, ticketId, ticketNumber,
				rs.getString("customer_name"), rs.getString("order_number"), rs.getString("detail"),
				rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("read_at") != null,
				Notification.urlOf(kind, ticketId));
	}

}
