package io.yordam.feedback;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.yordam.access.Participant;
import io.yordam.access.PlatformRole;
import io.yordam.conversations.Channel;
import io.yordam.tickets.TicketId;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The surveys. The unique (ticket, resolution) makes the insert the proof that a
 * resolution is asked once; the conditional update, that it is answered once.
 */
@Repository
class SurveyRows {

	private static final String COLUMNS = "id, ticket_id, ticket_number, resolution, conversation_id, customer_role, "
			+ "customer_id, channel, language, operator_id, operator_name, solved_by_bot, order_id, order_number, "
			+ "restaurant, courier, city, asked_at, score, comment, rated_at, follow_up";

	private final JdbcTemplate jdbc;

	SurveyRows(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Whether this call wrote the survey (false: the resolution has one already). */
	boolean insert(Survey s) {
		return this.jdbc.update(
				"insert into csat_surveys (" + COLUMNS
						+ ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, null, null, null, false) "
						+ "on conflict do nothing",
				s.id(), s.ticketId().value(), s.ticketNumber(), s.resolution(), s.conversationId(),
				s.customer().role().name(), s.customer().id(), s.channel().name(), s.language(), s.operatorId(),
				s.operatorName(), s.solvedByBot(), s.rated().orderId(), s.rated().orderNumber(), s.rated().restaurant(),
				s.rated().courier(), s.rated().city(), Timestamp.from(s.askedAt())) == 1;
	}

	/** Whether this call recorded the answer (false: it was answered before). */
	boolean answer(UUID id, int score, String comment, Instant at, boolean followUp) {
		return this.jdbc.update(
				"update csat_surveys set score = ?, comment = ?, rated_at = ?, follow_up = ? where id = ? and score is null",
				score, comment, Timestamp.from(at), followUp, id) == 1;
	}

	Optional<Survey> find(UUID id) {
		return this.jdbc.query("select " + COLUMNS + " from csat_surveys where id = ?", SurveyRows::survey, id)
			.stream()
			.findFirst();
	}

	List<Survey> ofTicket(TicketId ticket) {
		return this.jdbc.query("select " + COLUMNS + " from csat_surveys where ticket_id = ? order by resolution",
				SurveyRows::survey, ticket.value());
	}

	private static Survey survey(ResultSet rs, int row) throws SQLException {
		Timestamp rated = rs.getTimestamp("rated_at");
		int score = rs.getInt("score");
		Integer answered = rs.wasNull() ? null : score;
		return new Survey(rs.getObject("id", UUID.class), new TicketId(rs.getObject("ticket_id", UUID.class)),
				rs.getLong("ticket_number"), rs.getInt("resolution"), rs.getObject("conversation_id", UUID.class),
				new Participant(PlatformRole.valueOf(rs.getString("customer_role")), rs.getString("customer_id")),
				Channel.valueOf(rs.getString("channel")), rs.getString("language"), rs.getString("operator_id"),
				rs.getString("operator_name"), rs.getBoolean("solved_by_bot"),
				new Survey.Rated(rs.getString("order_id"), rs.getString("order_number"), rs.getString("restaurant"),
						rs.getString("courier"), rs.getString("city")),
				rs.getTimestamp("asked_at").toInstant(), answered, rs.getString("comment"),
				(rated != null) ? rated.toInstant() : null, rs.getBoolean("follow_up"));
	}

}
