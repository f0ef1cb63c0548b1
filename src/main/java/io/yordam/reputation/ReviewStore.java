package io.yordam.reputation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.yordam.access.OperatorId;

/** The reviews table: written once per source and external id, read by id or ticket. */
@Repository
class ReviewStore {

	private static final String COLUMNS = "id, source, external_id, rating, body, author_name, posted_at, received_at, "
			+ "language, reason, customer_id, order_id, matched_by, restaurant, city, negative, conversation_id, "
			+ "answer_text, answered_by, answered_at";

	private final JdbcClient jdbc;

	ReviewStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Whether this call wrote the review (false: the source's external id was taken
	 * before, or by a racing import that committed first).
	 */
	boolean insert(UUID id, NewReview review, ReviewReading.Read read, ReviewMatching.Match match, boolean negative,
			Instant now) {
		try {
			return this.jdbc.sql("""
					insert into reviews (id, source, external_id, rating, body, author_name, posted_at, posted_on,
					received_at, language, reason, customer_id, order_id, matched_by, restaurant, city, negative)
					values (:id, :source, :externalId, :rating, :body, :author, :postedAt, :postedOn, :now, :language,
					:reason, :customer, :order, :matchedBy, :restaurant, :city, :negative)
					on conflict do nothing""")
				.param("id", id)
				.param("source", review.source().name())
				.param("externalId", review.externalId())
				.param("rating", review.rating())
				.param("body", review.text())
				.param("author", review.authorName())
				.param("postedAt", utc(review.postedAt()))
				.param("postedOn", review.postedAt().atZone(ReviewTimes.ZONE).toLocalDate())
				.param("now", utc(now))
				.param("language", read.language())
				.param("reason", read.reason())
				.param("customer", match.customerId())
				.param("order", match.orderId())
				.param("matchedBy", match.by().name())
				.param("restaurant", match.restaurant())
				.param("city", match.city())
				.param("negative", negative)
				.update() == 1;
		}
		catch (DuplicateKeyException ex) {
			// H2 may report the racing twin as a duplicate rather than skip it.
			return false;
		}
	}

	Optional<UUID> idOf(ReviewSource source, String externalId) {
		return this.jdbc.sql("select id from reviews where source = :source and external_id = :externalId")
			.param("source", source.name())
			.param("externalId", externalId)
			.query(UUID.class)
			.optional();
	}

	Optional<ReviewView> find(UUID id) {
		return this.jdbc.sql("select " + COLUMNS + " from reviews where id = :id")
			.param("id", id)
			.query(ReviewStore::view)
			.optional();
	}

	Optional<ReviewView> ofConversation(UUID conversationId) {
		return this.jdbc.sql("select " + COLUMNS + " from reviews where conversation_id = :conversation")
			.param("conversation", conversationId)
			.query(ReviewStore::view)
			.optional();
	}

	/** Set once: the ticketing listener's retry finds it set and starts nothing. */
	void attachConversation(UUID id, UUID conversationId) {
		this.jdbc.sql("update reviews set conversation_id = :conversation where id = :id and conversation_id is null")
			.param("conversation", conversationId)
			.param("id", id)
			.update();
	}

	/**
	 * The review's answer, its row locked until the transaction ends: recording an answer
	 * takes turns, so a double submit finds the first one's answer.
	 */
	Optional<String> lockAnswer(UUID id) {
		return this.jdbc.sql("select answer_text from reviews where id = :id for update")
			.param("id", id)
			.query((rs, row) -> Optional.ofNullable(rs.getString(1)))
			.optional()
			.orElseThrow(() -> new io.yordam.common.NotFoundException("review"));
	}

	/** The latest public answer: a store lets its author edit it, and so may we. */
	void answer(UUID id, OperatorId by, String name, String text, Instant at) {
		this.jdbc.sql("""
				update reviews set answer_text = :text, answered_by_id = :byId, answered_by = :by, answered_at = :at
				where id = :id""")
			.param("text", text)
			.param("byId", by.value())
			.param("by", name)
			.param("at", utc(at))
			.param("id", id)
			.update();
	}

	List<ReviewView> page(ReviewFilter filter, int page, int size) {
		return filter
			.where(this.jdbc.sql("select " + COLUMNS + " from reviews where " + filter.sql()
					+ " order by posted_at desc, id limit :limit offset :offset"))
			.param("limit", size + 1)
			.param("offset", (long) page * size)
			.query(ReviewStore::view)
			.list();
	}

	static OffsetDateTime utc(Instant at) {
		return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return (value != null) ? value.toInstant() : null;
	}

	private static ReviewView view(ResultSet rs, int row) throws SQLException {
		String answer = rs.getString("answer_text");
		return new ReviewView(rs.getObject("id", UUID.class), ReviewSource.valueOf(rs.getString("source")),
				rs.getString("external_id"), rs.getInt("rating"), rs.getString("body"), rs.getString("author_name"),
				instant(rs, "posted_at"), instant(rs, "received_at"), rs.getString("language"), rs.getString("reason"),
				rs.getString("customer_id"), rs.getString("order_id"), rs.getString("matched_by"),
				rs.getString("restaurant"), rs.getString("city"), rs.getBoolean("negative"),
				rs.getObject("conversation_id", UUID.class),
				(answer != null)
						? new ReviewView.Answer(answer, rs.getString("answered_by"), instant(rs, "answered_at"))
						: null);
	}

}
