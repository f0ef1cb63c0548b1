package io.yordam.notices;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The notices' rows: the once per order and kind, the preferences and the rate counter.
 */
@Repository
class NoticeBook {

	private final JdbcTemplate jdbc;

	NoticeBook(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @return false when this order was told this kind already (by any node)
	 */
	boolean addOnce(NoticeView notice, String customerId) {
		return this.jdbc.update(
				"insert into notices (id, order_id, kind, customer_id, order_number, locale, title, body, status, "
						+ "created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing",
				notice.id(), notice.orderId(), notice.kind().name(), customerId, notice.orderNumber(), notice.locale(),
				notice.title(), notice.body(), notice.status().name(), Timestamp.from(notice.at())) == 1;
	}

	void mark(UUID id, NoticeStatus status) {
		this.jdbc.update("update notices set status = ? where id = ?", status.name(), id);
	}

	/**
	 * Counts one more notice sent to the customer in the hour of {@code at}, unless the
	 * limit is reached: the conditional update holds the row's lock, so parallel
	 * decisions take turns and at most {@code limit} pass.
	 */
	boolean countSent(String customerId, Instant at, int limit) {
		Timestamp hour = Timestamp.from(at.truncatedTo(ChronoUnit.HOURS));
		this.jdbc.update(
				"insert into notice_rate (customer_id, hour_start, sent) values (?, ?, 0) on conflict do nothing",
				customerId, hour);
		return this.jdbc.update(
				"update notice_rate set sent = sent + 1 where customer_id = ? and hour_start = ? " + "and sent < ?",
				customerId, hour, limit) == 1;
	}

	/**
	 * Marks the customer's notices decided within {@code window} before {@code at} as
	 * followed by a contact, each once.
	 */
	void contacted(String customerId, Instant at, java.time.Duration window) {
		this.jdbc.update(
				"update notices set contacted_at = ? where customer_id = ? and contacted_at is null "
						+ "and created_at <= ? and created_at > ?",
				Timestamp.from(at), customerId, Timestamp.from(at), Timestamp.from(at.minus(window)));
	}

	List<NoticeView> of(String customerId, int limit) {
		return query("select * from notices where customer_id = ? order by created_at desc, id limit ?", customerId,
				limit);
	}

	/**
	 * What the customer's app lists: what was told, and what was held back only from
	 * their lock screen (quiet hours, the rate limit). A kind they switched off is not
	 * theirs to see again.
	 */
	List<NoticeView> shownTo(String customerId, int limit) {
		return query("select * from notices where customer_id = ? and status in ('SENT', 'QUIET_HOURS', "
				+ "'RATE_LIMITED') order by created_at desc, id limit ?", customerId, limit);
	}

	private List<NoticeView> query(String sql, String customerId, int limit) {
		return this.jdbc.query(sql,
				(rs, i) -> new NoticeView(rs.getObject("id", UUID.class), NoticeKind.valueOf(rs.getString("kind")),
						rs.getString("order_id"), rs.getString("order_number"), rs.getString("locale"),
						rs.getString("title"), rs.getString("body"), NoticeStatus.valueOf(rs.getString("status")),
						rs.getTimestamp("created_at").toInstant()),
				customerId, limit);
	}

	Optional<NoticeView> find(String orderId, NoticeKind kind) {
		return this.jdbc
			.query("select * from notices where order_id = ? and kind = ?",
					(rs, i) -> new NoticeView(rs.getObject("id", UUID.class), kind, orderId,
							rs.getString("order_number"), rs.getString("locale"), rs.getString("title"),
							rs.getString("body"), NoticeStatus.valueOf(rs.getString("status")),
							rs.getTimestamp("created_at").toInstant()),
					orderId, kind.name())
			.stream()
			.findFirst();
	}

	Set<NoticeKind> switchedOff(String customerId) {
		Set<NoticeKind> off = EnumSet.noneOf(NoticeKind.class);
		this.jdbc
			.queryForList("select kind from notice_preferences where customer_id = ? and enabled = false", String.class,
					customerId)
			.forEach(kind -> off.add(NoticeKind.valueOf(kind)));
		return off;
	}

	void prefer(String customerId, NoticeKind kind, boolean enabled) {
		if (this.jdbc.update("update notice_preferences set enabled = ? where customer_id = ? and kind = ?", enabled,
				customerId, kind.name()) == 0) {
			this.jdbc.update("insert into notice_preferences (customer_id, kind, enabled) values (?, ?, ?) "
					+ "on conflict do nothing", customerId, kind.name(), enabled);
		}
	}

}
