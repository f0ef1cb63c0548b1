package io.yordam.email;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every mail in and out by its Message-ID ({@code email_messages}): the record that a
 * mail was taken (so a second delivery adds nothing) and the thread a reply belongs to.
 */
final class MailThreads {

	enum Outcome {

		/** Became a message of a conversation. */
		TAKEN,
		/** No person wrote it: recorded, never answered. */
		IGNORED,
		/** Could not be read; kept in the mailbox, flagged, for a person to look at. */
		MALFORMED,
		/** Our own reply, sent from the outbox. */
		SENT

	}

	private final JdbcClient jdbc;

	private final Clock clock;

	MailThreads(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	boolean known(String messageId) {
		return this.jdbc.sql("select count(*) from email_messages where message_id = :id")
			.param("id", messageId)
			.query(Integer.class)
			.single() > 0;
	}

	/** The conversation of the first of these Message-IDs that we know. */
	Optional<UUID> conversationOf(List<String> messageIds) {
		for (String id : messageIds) {
			Optional<UUID> found = this.jdbc.sql(
					"select conversation_id from email_messages where message_id = :id and conversation_id is not null")
				.param("id", id)
				.query(UUID.class)
				.optional();
			if (found.isPresent()) {
				return found;
			}
		}
		return Optional.empty();
	}

	/**
	 * Records a mail once: a second mail with the same id fails on the key, and the
	 * transaction that took it changes nothing.
	 */
	void record(String messageId, String direction, UUID conversationId, Outcome outcome, String from, String subject) {
		this.jdbc
			.sql("""
					insert into email_messages (message_id, direction, conversation_id, outcome, from_address, subject, created_at)
					values (:id, :direction, :conversation, :outcome, :from, :subject, :now)""")
			.param("id", messageId)
			.param("direction", direction)
			.param("conversation", conversationId)
			.param("outcome", outcome.name())
			.param("from", from)
			.param("subject", (subject == null) ? null : (subject.length() > 300) ? subject.substring(0, 300) : subject)
			.param("now", java.sql.Timestamp.from(this.clock.instant()))
			.update();
	}

	/**
	 * Where the customer last wrote from in this conversation, and that mail's subject.
	 */
	Optional<LastInbound> lastInbound(UUID conversationId) {
		return this.jdbc.sql("""
				select message_id, from_address, subject from email_messages
				where conversation_id = :conversation and direction = 'IN' order by created_at desc, message_id""")
			.param("conversation", conversationId)
			.query((rs, row) -> new LastInbound(rs.getString(1), rs.getString(2), rs.getString(3)))
			.list()
			.stream()
			.findFirst();
	}

	/**
	 * The conversation's Message-IDs, oldest first, for a reply's References (the last
	 * 20).
	 */
	List<String> references(UUID conversationId) {
		List<String> newestFirst = this.jdbc.sql("""
				select message_id from email_messages where conversation_id = :conversation
				order by created_at desc, message_id""")
			.param("conversation", conversationId)
			.query(String.class)
			.list();
		List<String> last = new java.util.ArrayList<>(newestFirst.subList(0, Math.min(20, newestFirst.size())));
		java.util.Collections.reverse(last);
		return last;
	}

	record LastInbound(String messageId, String address, String subject) {
	}

}
