package io.yordam.feedback;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import io.yordam.access.Participant;
import io.yordam.access.PlatformRole;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The NPS gate and questions. A customer's row holds when they were last asked: the first
 * question inserts it, a later one moves it on only where it is older than the interval,
 * in one conditional update that takes the row's lock, so of two orders delivered at once
 * one asks.
 */
@Repository
class NpsRows {

	private final JdbcTemplate jdbc;

	NpsRows(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Whether the customer may be asked now (and is counted as asked from now). */
	boolean admit(Participant customer, Instant now, Instant askedBefore) {
		int moved = this.jdbc.update(
				"update nps_customers set last_asked_at = ? where customer_role = ? and customer_id = ? "
						+ "and last_asked_at <= ?",
				Timestamp.from(now), customer.role().name(), customer.id(), Timestamp.from(askedBefore));
		if (moved == 1) {
			return true;
		}
		return this.jdbc
			.update("insert into nps_customers (customer_role, customer_id, last_asked_at) values (?, ?, ?) "
					+ "on conflict do nothing", customer.role().name(), customer.id(), Timestamp.from(now)) == 1;
	}

	boolean askedAbout(String orderId) {
		return !this.jdbc.queryForList("select id from nps_questions where order_id = ?", UUID.class, orderId)
			.isEmpty();
	}

	void insert(Question q) {
		this.jdbc.update(
				"insert into nps_questions (id, order_id, customer_role, customer_id, conversation_id, city, language, "
						+ "asked_at) values (?, ?, ?, ?, ?, ?, ?, ?)",
				q.id(), q.orderId(), q.customer().role().name(), q.customer().id(), q.conversationId(), q.city(),
				q.language(), Timestamp.from(q.askedAt()));
	}

	/** Whether this call recorded the answer (false: answered before). */
	boolean answer(UUID id, int score, Instant at) {
		return this.jdbc.update("update nps_questions set score = ?, answered_at = ? where id = ? and score is null",
				score, Timestamp.from(at), id) == 1;
	}

	Optional<Question> find(UUID id) {
		return this.jdbc
			.query("select id, order_id, customer_role, customer_id, conversation_id, city, language, asked_at "
					+ "from nps_questions where id = ?",
					(rs, i) -> new Question(rs.getObject("id", UUID.class), rs.getString("order_id"),
							new Participant(PlatformRole.valueOf(rs.getString("customer_role")),
									rs.getString("customer_id")),
							rs.getObject("conversation_id", UUID.class), rs.getString("city"), rs.getString("language"),
							rs.getTimestamp("asked_at").toInstant()),
					id)
			.stream()
			.findFirst();
	}

	record Question(UUID id, String orderId, Participant customer, UUID conversationId, String city, String language,
			Instant askedAt) {
	}

}
