package io.yordam.telegram;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import io.yordam.conversations.ConversationId;
import io.yordam.conversations.Conversations;

/**
 * What leaves for Telegram. {@link #queue} writes the row and its db-scheduler execution
 * in the caller's transaction; {@link #attempt} sends the chat's rows in the order they
 * were queued, each in a transaction of its own under the contact's row lock (so two
 * nodes, or two executions, never send one chat's messages out of order or one twice),
 * and is tried again after Telegram's {@code retry_after} or with backoff. A chat that
 * blocked the bot (403) or a message Telegram refuses (400) is marked failed, not retried
 * for ever. Only a crash between Telegram's answer and the row's update can send a
 * message twice: the Bot API has no idempotency key.
 */
class TelegramOutbox {

	private static final Logger log = LoggerFactory.getLogger(TelegramOutbox.class);

	/** Telegram's limit for one message's text. */
	static final int MAX_TEXT = 4096;

	/** Telegram's limit for a photo's caption. */
	static final int MAX_CAPTION = 1024;

	enum Kind {

		MESSAGE, ASK_PHONE

	}

	record Outgoing(UUID messageId, long chatId, Kind kind, UUID conversationId, long seq, String body,
			List<String> buttons, UUID attachmentId) {
	}

	private final JdbcClient jdbc;

	private final SchedulerClient scheduler;

	private final OneTimeTask<Void> task;

	private final BotApi api;

	private final Conversations conversations;

	private final TransactionTemplate transactions;

	private final MeterRegistry meters;

	private final Clock clock;

	TelegramOutbox(JdbcClient jdbc, SchedulerClient scheduler, OneTimeTask<Void> task, BotApi api,
			Conversations conversations, TransactionTemplate transactions, MeterRegistry meters, Clock clock) {
		this.jdbc = jdbc;
		this.scheduler = scheduler;
		this.task = task;
		this.api = api;
		this.conversations = conversations;
		this.transactions = transactions;
		this.meters = meters;
		this.clock = clock;
	}

	/** Queued once per message id: a second call (a redelivered event) adds nothing. */
	void queue(Outgoing message) {
		int inserted = this.jdbc.sql("""
				insert into telegram_outbox (message_id, chat_id, kind, conversation_id, seq, body, buttons,
				attachment_id, status, created_at)
				select :id, :chat, :kind, :conversation, :seq, :body, :buttons, :attachment, 'PENDING', :now
				where not exists (select 1 from telegram_outbox where message_id = :id)""")
			.param("id", message.messageId())
			.param("chat", message.chatId())
			.param("kind", message.kind().name())
			.param("conversation", message.conversationId())
			.param("seq", message.seq())
			.param("body", TelegramContacts.cut(message.body(), 8000))
			.param("buttons", message.buttons().isEmpty() ? null : String.join("\n", message.buttons()))
			.param("attachment", message.attachmentId())
			.param("now", Timestamp.from(this.clock.instant()))
			.update();
		if (inserted == 1) {
			this.scheduler.scheduleIfNotExists(this.task.instance(message.messageId().toString()),
					this.clock.instant());
		}
	}

	/** Sends the chat's pending rows up to and including this one, oldest first. */
	void attempt(UUID messageId) {
		Optional<long[]> mine = this.jdbc
			.sql("select chat_id, position from telegram_outbox where message_id = :id and status = 'PENDING'")
			.param("id", messageId)
			.query((rs, row) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.optional();
		if (mine.isEmpty()) {
			return;
		}
		long chat = mine.get()[0];
		while (Boolean.TRUE.equals(this.transactions.execute(status -> sendNext(chat, mine.get()[1])))) {
			// One row per transaction: a later failure does not undo what Telegram has.
		}
	}

	private boolean sendNext(long chat, long upTo) {
		this.jdbc.sql("select chat_id from telegram_contacts where chat_id = :chat for update")
			.param("chat", chat)
			.query(Long.class)
			.optional();
		Optional<Pending> next = this.jdbc.sql("""
				select message_id, kind, conversation_id, seq, body, buttons, attachment_id from telegram_outbox
				where chat_id = :chat and status = 'PENDING' and position <= :upTo order by position""")
			.param("chat", chat)
			.param("upTo", upTo)
			.query((rs, row) -> new Pending(rs.getObject(1, UUID.class), Kind.valueOf(rs.getString(2)),
					rs.getObject(3, UUID.class), rs.getLong(4), rs.getString(5),
					(rs.getString(6) == null) ? List.of() : Arrays.asList(rs.getString(6).split("\n")),
					rs.getObject(7, UUID.class)))
			.list()
			.stream()
			.findFirst();
		if (next.isEmpty()) {
			return false;
		}
		Pending pending = next.get();
		try {
			long sent = send(chat, pending);
			this.jdbc.sql("""
					update telegram_outbox set status = 'SENT', attempts = attempts + 1, sent_at = :now,
					last_error = null where message_id = :id""")
				.param("now", Timestamp.from(this.clock.instant()))
				.param("id", pending.id())
				.update();
			if (!pending.buttons().isEmpty() && pending.conversationId() != null) {
				this.jdbc.sql("""
						insert into telegram_sent (chat_id, telegram_message_id, conversation_id, seq)
						values (:chat, :sent, :conversation, :seq)""")
					.param("chat", chat)
					.param("sent", sent)
					.param("conversation", pending.conversationId())
					.param("seq", pending.seq())
					.update();
			}
			this.meters.counter("yordam.telegram.outbound", "outcome", "sent").increment();
			return true;
		}
		catch (BotApiException ex) {
			if (!ex.final_()) {
				this.meters.counter("yordam.telegram.outbound", "outcome", "retry").increment();
				log.warn("A message to Telegram chat {} was not sent; it will be tried again: {}", chat,
						ex.getMessage());
				throw ex;
			}
			this.meters.counter("yordam.telegram.outbound", "outcome", "refused").increment();
			log.warn("Telegram refused a message to chat {} for good: {}", chat, ex.getMessage());
			this.jdbc.sql("""
					update telegram_outbox set status = 'FAILED', attempts = attempts + 1, last_error = :error
					where message_id = :id""")
				.param("error", TelegramContacts.cut(ex.getMessage(), 500))
				.param("id", pending.id())
				.update();
			return true;
		}
	}

	private long send(long chat, Pending pending) {
		if (pending.kind() == Kind.ASK_PHONE) {
			return this.api.askForPhone(chat, pending.body(), pending.buttons().get(0));
		}
		String body = (pending.body() == null) ? "" : pending.body();
		if (pending.attachmentId() != null && pending.conversationId() != null) {
			var image = this.conversations.attachment(new ConversationId(pending.conversationId()),
					pending.attachmentId());
			if (image.isPresent()) {
				boolean captioned = body.length() <= MAX_CAPTION;
				long photo = this.api.sendPhoto(chat, image.get().data(), image.get().contentType(),
						captioned ? body : null, captioned ? pending.buttons() : List.of());
				if (captioned) {
					return photo;
				}
			}
		}
		List<String> parts = TelegramText.split(body, MAX_TEXT);
		long last = 0;
		for (int i = 0; i < parts.size(); i++) {
			last = this.api.sendMessage(chat, parts.get(i), (i == parts.size() - 1) ? pending.buttons() : List.of());
		}
		return last;
	}

	private record Pending(UUID id, Kind kind, UUID conversationId, long seq, String body, List<String> buttons,
			UUID attachmentId) {
	}

}
