package io.yordam.email;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.transaction.annotation.Transactional;

/**
 * Support's mail: replies, surveys, the weekly report. {@link #queue} writes the row, its
 * Message-ID and the scheduler's execution in the replying transaction; {@link #attempt}
 * (on one node, by db-scheduler) sends it and marks it sent, and is rescheduled with
 * backoff while SMTP is down, for as long as it takes. A reply is queued once per chat
 * message and sent once per row; only a crash between the SMTP server's "250" and the
 * row's update can send it again, with the same Message-ID, which mail clients show once.
 */
class MailOutbox {

	private static final Logger log = LoggerFactory.getLogger(MailOutbox.class);

	private final JdbcClient jdbc;

	private final SchedulerClient scheduler;

	private final OneTimeTask<Void> sendTask;

	private final ObjectProvider<JavaMailSenderImpl> sender;

	private final EmailProperties properties;

	private final MailThreads threads;

	private final MeterRegistry meters;

	private final Clock clock;

	MailOutbox(JdbcClient jdbc, SchedulerClient scheduler, OneTimeTask<Void> sendTask,
			ObjectProvider<JavaMailSenderImpl> sender, EmailProperties properties, MailThreads threads,
			MeterRegistry meters, Clock clock) {
		this.jdbc = jdbc;
		this.scheduler = scheduler;
		this.sendTask = sendTask;
		this.sender = sender;
		this.properties = properties;
		this.threads = threads;
		this.meters = meters;
		this.clock = clock;
	}

	/** A reply to queue: to whom, about what, in which language. */
	record Reply(UUID chatMessageId, UUID conversationId, String to, String subject, String body, String locale,
			String inReplyTo, List<String> references) {
	}

	/**
	 * A mail that answers no chat message, queued once by its key ({@code csat:<survey>},
	 * {@code weekly:<monday>:<operator>}): the unique key decides across nodes and
	 * retries. {@code conversationId} null for mail outside any conversation;
	 * {@code html} null for the text's own HTML.
	 */
	record Letter(String key, UUID conversationId, String to, String subject, String body, String html, String locale,
			String inReplyTo, List<String> references) {
	}

	/**
	 * @return whether this call queued it (false: queued before)
	 */
	@Transactional
	boolean queue(Letter letter) {
		return insert(null, letter.key(), letter.conversationId(), letter.to(), letter.subject(), letter.body(),
				letter.html(), letter.locale(), letter.inReplyTo(), letter.references());
	}

	/** Queues an agent's reply once per chat message (the outbox's unique key on it). */
	@Transactional
	void queue(Reply reply) {
		insert(reply.chatMessageId(), null, reply.conversationId(), reply.to(), reply.subject(), reply.body(), null,
				reply.locale(), reply.inReplyTo(), reply.references());
	}

	/**
	 * One way in for both kinds: the row is keyed by its chat message or its mail key,
	 * and a unique key on each decides, so that a redelivery or a racing node inserts
	 * nothing.
	 */
	private boolean insert(UUID chatMessageId, String key, UUID conversationId, String to, String subject, String body,
			String html, String locale, String inReplyTo, List<String> references) {
		UUID id = UUID.randomUUID();
		String messageId = "yordam." + id + "@" + this.properties.domain();
		int inserted;
		try {
			inserted = this.jdbc.sql("""
					insert into email_outbox (id, chat_message_id, mail_key, conversation_id, to_address, subject, body,
					html_body, locale, rfc_message_id, in_reply_to, refs, status, created_at)
					values (:id, :message, :key, :conversation, :to, :subject, :body, :html, :locale, :rfc, :inReplyTo,
					:refs, 'PENDING', :now)
					on conflict do nothing""")
				.param("id", id)
				.param("message", chatMessageId)
				.param("key", key)
				.param("conversation", conversationId)
				.param("to", to)
				.param("subject", cut(subject, 300))
				.param("body", cut(body, 8000))
				.param("html", cut(html, 60000))
				.param("locale", locale)
				.param("rfc", messageId)
				.param("inReplyTo", inReplyTo)
				.param("refs", cut(String.join(" ", references), 4000))
				.param("now", java.sql.Timestamp.from(this.clock.instant()))
				.update();
		}
		catch (DuplicateKeyException ex) {
			// H2 may report the racing twin as a duplicate rather than skip it.
			inserted = 0;
		}
		if (inserted == 0) {
			return false;
		}
		// Our own Message-ID is in the thread from now on: the customer's answer to it
		// finds this conversation, and the mail coming back to us is recognised.
		this.threads.record(messageId, "OUT", conversationId, MailThreads.Outcome.SENT, this.properties.address(),
				subject);
		this.scheduler.scheduleIfNotExists(this.sendTask.instance(id.toString()), this.clock.instant());
		return true;
	}

	/**
	 * One attempt; throws when the mail could not be sent, so that the scheduler retries.
	 */
	void attempt(UUID id) {
		Optional<Pending> pending = this.jdbc.sql("""
				select to_address, subject, body, locale, rfc_message_id, in_reply_to, refs, html_body from email_outbox
				where id = :id and status = 'PENDING'""")
			.param("id", id)
			.query((rs, row) -> new Pending(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8)))
			.optional();
		if (pending.isEmpty()) {
			return;
		}
		try {
			JavaMailSenderImpl mail = this.sender.getIfAvailable();
			if (mail == null) {
				throw new IllegalStateException("No SMTP server is configured (spring.mail.host)");
			}
			mail.send(compose(mail.getSession(), pending.get()));
		}
		catch (MailException | MessagingException | IllegalStateException ex) {
			this.meters.counter("yordam.email.outbound", "outcome", "failed").increment();
			this.jdbc.sql("update email_outbox set attempts = attempts + 1, last_error = :error where id = :id")
				.param("error", cut(ex.toString(), 500))
				.param("id", id)
				.update();
			log.warn("A reply by mail to {} was not sent; it will be tried again: {}", pending.get().to(),
					ex.toString());
			throw (ex instanceof RuntimeException runtime) ? runtime : new IllegalStateException(ex);
		}
		this.jdbc.sql("""
				update email_outbox set status = 'SENT', attempts = attempts + 1, sent_at = :now, last_error = null
				where id = :id""").param("now", java.sql.Timestamp.from(this.clock.instant())).param("id", id).update();
		this.meters.counter("yordam.email.outbound", "outcome", "sent").increment();
	}

	private MimeMessage compose(Session session, Pending pending) throws MessagingException {
		MimeMessage mime = new OwnIdMessage(session, pending.messageId());
		MimeMessageHelper helper = new MimeMessageHelper(mime, true, "UTF-8");
		try {
			helper.setFrom(this.properties.address(), this.properties.name());
		}
		catch (java.io.UnsupportedEncodingException ex) {
			helper.setFrom(this.properties.address());
		}
		helper.setTo(pending.to());
		helper.setSubject(pending.subject());
		helper.setText(pending.body(), (pending.html() != null) ? pending.html() : ReplyText.html(pending.body()));
		if (pending.inReplyTo() != null) {
			mime.setHeader("In-Reply-To", "<" + pending.inReplyTo() + ">");
		}
		if (pending.references() != null && !pending.references().isBlank()) {
			mime.setHeader("References", String.join(" ",
					java.util.Arrays.stream(pending.references().split(" ")).map(ref -> "<" + ref + ">").toList()));
		}
		mime.setHeader("Content-Language", pending.locale().toLowerCase(Locale.ROOT));
		return mime;
	}

	private static String cut(String value, int max) {
		return (value == null || value.length() <= max) ? value : value.substring(0, max);
	}

	private record Pending(String to, String subject, String body, String locale, String messageId, String inReplyTo,
			String references, String html) {
	}

	/** Keeps the Message-ID the outbox chose: a resend is the same mail. */
	private static final class OwnIdMessage extends MimeMessage {

		private final String messageId;

		OwnIdMessage(Session session, String messageId) {
			super(session);
			this.messageId = messageId;
		}

		@Override
		protected void updateMessageID() throws MessagingException {
			setHeader("Message-ID", "<" + this.messageId + ">");
		}

	}

}
