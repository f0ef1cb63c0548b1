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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.transaction.annotation.Transactional;

/**
 * Support's replies as mail. {@link #queue} writes the row, its Message-ID and the
 * scheduler's execution in the replying transaction; {@link #attempt} (on one node, by
 * db-scheduler) sends it and marks it sent, and is rescheduled with backoff while SMTP is
 * down, for as long as it takes. A reply is queued once per chat message and sent once
 * per row; only a crash between the SMTP server's "250" and the row's update can send it
 * again, with the same Message-ID, which mail clients show once.
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

	@Transactional
	void queue(Reply reply) {
		boolean queued = this.jdbc.sql("select count(*) from email_outbox where chat_message_id = :id")
			.param("id", reply.chatMessageId())
			.query(Integer.class)
			.single() > 0;
		if (queued) {
			return;
		}
		UUID id = UUID.randomUUID();
		String messageId = "yordam." + id + "@" + this.properties.domain();
		this.jdbc
			.sql("""
					insert into email_outbox (id, chat_message_id, conversation_id, to_address, subject, body, locale,
					rfc_message_id, in_reply_to, refs, status, created_at)
					values (:id, :message, :conversation, :to, :subject, :body, :locale, :rfc, :inReplyTo, :refs, 'PENDING', :now)""")
			.param("id", id)
			.param("message", reply.chatMessageId())
			.param("conversation", reply.conversationId())
			.param("to", reply.to())
			.param("subject", cut(reply.subject(), 300))
			.param("body", cut(reply.body(), 8000))
			.param("locale", reply.locale())
			.param("rfc", messageId)
			.param("inReplyTo", reply.inReplyTo())
			.param("refs", cut(String.join(" ", reply.references()), 4000))
			.param("now", java.sql.Timestamp.from(this.clock.instant()))
			.update();
		// Our own Message-ID is in the thread from now on: the customer's answer to it
		// finds this conversation, and the mail coming back to us is recognised.
		this.threads.record(messageId, "OUT", reply.conversationId(), MailThreads.Outcome.SENT,
				this.properties.address(), reply.subject());
		this.scheduler.scheduleIfNotExists(this.sendTask.instance(id.toString()), this.clock.instant());
	}

	/**
	 * One attempt; throws when the mail could not be sent, so that the scheduler retries.
	 */
	void attempt(UUID id) {
		Optional<Pending> pending = this.jdbc.sql("""
				select to_address, subject, body, locale, rfc_message_id, in_reply_to, refs from email_outbox
				where id = :id and status = 'PENDING'""")
			.param("id", id)
			.query((rs, row) -> new Pending(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getString(6), rs.getString(7)))
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
		helper.setText(pending.body(), ReplyText.html(pending.body()));
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
			String references) {
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
