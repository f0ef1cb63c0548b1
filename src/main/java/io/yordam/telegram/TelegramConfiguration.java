package io.yordam.telegram;

import java.time.Clock;
import java.util.UUID;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.ExecutionOperations;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.client.RestClient;

import io.yordam.common.ConflictRetry;
import io.yordam.common.RetryBackoff;
import io.yordam.conversations.ChannelConversations;
import io.yordam.conversations.Conversations;
import io.yordam.customers.Customers;
import io.yordam.orders.Orders;
import io.yordam.push.PushDevices;
import io.yordam.tickets.TicketDesk;

/**
 * The Telegram channel's parts, all or none: with {@code yordam.telegram.enabled} off
 * nothing of it exists. Two persisted timers: each outgoing message's sending (one-time,
 * retried after Telegram's retry_after or with backoff) and, without a webhook, the
 * polling rounds (recurring, one node at a time).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("yordam.telegram.enabled")
@EnableConfigurationProperties(TelegramProperties.class)
class TelegramConfiguration {

	static final String SEND = "telegram-send";

	static final String POLL = "telegram-poll";

	private static final Logger log = LoggerFactory.getLogger(TelegramConfiguration.class);

	@Bean
	BotApi telegramBotApi(RestClient.Builder builder, ObjectMapper mapper, TelegramProperties properties) {
		if (properties.token().isBlank()) {
			throw new IllegalStateException("yordam.telegram.token is required with yordam.telegram.enabled");
		}
		if (properties.webhook() && !properties.webhookSecret().matches("[A-Za-z0-9_-]{16,256}")) {
			throw new IllegalStateException(
					"yordam.telegram.webhook-secret needs 16 to 256 characters of A-Z, a-z, 0-9, _ and - with a webhook");
		}
		return new BotApi(builder, mapper, properties);
	}

	@Bean
	DeepLinks telegramDeepLinks(TelegramProperties properties, Clock clock) {
		return new DeepLinks(properties.linkSecret(), properties.linkValidity(), clock);
	}

	@Bean
	TelegramContacts telegramContacts(JdbcClient jdbc, Clock clock) {
		return new TelegramContacts(jdbc, clock);
	}

	@Bean
	TelegramContactLinker telegramContactLinker(JdbcClient jdbc, Clock clock) {
		return new TelegramContactLinker(jdbc, clock);
	}

	@Bean
	TelegramOutbox telegramOutbox(JdbcClient jdbc, @Lazy SchedulerClient scheduler, OneTimeTask<Void> telegramSendTask,
			BotApi api, Conversations conversations, PlatformTransactionManager transactions, MeterRegistry meters,
			Clock clock) {
		return new TelegramOutbox(jdbc, scheduler, telegramSendTask, api, conversations,
				new TransactionTemplate(transactions), meters, clock);
	}

	@Bean
	TelegramNotes telegramNotes(TelegramOutbox outbox, MessageSource messages) {
		return new TelegramNotes(outbox, messages);
	}

	@Bean
	TelegramLinking telegramLinking(TelegramContacts contacts, DeepLinks links, Orders orders, Customers customers,
			TelegramNotes notes, PushDevices devices, JdbcClient jdbc, Clock clock) {
		return new TelegramLinking(contacts, links, orders, customers, notes, devices, jdbc, clock);
	}

	/** Notices to linked chats, through the push module's deliveries (docs/push.md). */
	@Bean
	TelegramNoticeTransport telegramNoticeTransport(BotApi api) {
		return new TelegramNoticeTransport(api);
	}

	@Bean
	TelegramIntake telegramIntake(JdbcClient jdbc, TelegramContacts contacts, TelegramLinking linking,
			ChannelConversations channels, Conversations conversations, TicketDesk tickets, TelegramNotes notes,
			Clock clock) {
		return new TelegramIntake(jdbc, contacts, linking, channels, conversations, tickets, notes, clock);
	}

	@Bean
	TelegramUpdates telegramUpdates(BotApi api, TelegramIntake intake, ConflictRetry retry, MeterRegistry meters,
			@Value("${yordam.chat.max-image-bytes:5242880}") int maxImageBytes) {
		return new TelegramUpdates(api, intake, retry, meters, maxImageBytes);
	}

	@Bean
	TelegramReplies telegramReplies(Conversations conversations, TelegramContacts contacts, TelegramOutbox outbox,
			ConflictRetry retry) {
		return new TelegramReplies(conversations, contacts, outbox, retry);
	}

	/**
	 * Telegram as a channel an agent may answer on, for a customer with a linked chat.
	 */
	@Bean
	io.yordam.conversations.ReplyChannel telegramReplyChannel(TelegramContacts contacts) {
		return new io.yordam.conversations.ReplyChannel() {
			@Override
			public io.yordam.conversations.Channel channel() {
				return io.yordam.conversations.Channel.TELEGRAM;
			}

			@Override
			public java.util.Optional<String> reaches(io.yordam.access.Participant who) {
				return contacts.chatOf(who).map(chat -> "Telegram");
			}
		};
	}

	@Bean
	TelegramPoller telegramPoller(BotApi api, TelegramUpdates updates, JdbcClient jdbc, TelegramProperties properties,
			MeterRegistry meters) {
		return new TelegramPoller(api, updates, jdbc, properties, meters);
	}

	@Bean
	OneTimeTask<Void> telegramSendTask(@Lazy TelegramOutbox outbox, Clock clock, TelegramProperties properties) {
		return Tasks.oneTime(SEND)
			.onFailure(new AfterTelegramsWait(clock,
					new RetryBackoff(clock, properties.retryFirst(), properties.retryMax())))
			.execute((instance, context) -> outbox.attempt(UUID.fromString(instance.getId())));
	}

	/**
	 * Polling rounds, only without a webhook. (A recurring task is scheduled as long as
	 * it exists: in webhook mode a round does nothing.)
	 */
	@Bean
	RecurringTask<Void> telegramPollTask(@Lazy TelegramPoller poller, TelegramProperties properties) {
		return Tasks.recurring(POLL, FixedDelay.of(properties.pollEvery())).execute((instance, context) -> {
			if (!properties.webhook()) {
				poller.poll();
			}
		});
	}

	/**
	 * With a webhook, Telegram is told where to post (and with which secret) at start.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void registerWebhook(ApplicationReadyEvent ready) {
		TelegramProperties properties = ready.getApplicationContext().getBean(TelegramProperties.class);
		if (!properties.webhook()) {
			return;
		}
		try {
			ready.getApplicationContext()
				.getBean(BotApi.class)
				.setWebhook(properties.webhookUrl(), properties.webhookSecret());
			log.info("Telegram posts updates to {}", properties.webhookUrl());
		}
		catch (BotApiException ex) {
			log.error("Telegram's setWebhook failed; updates will not arrive until it succeeds: {}", ex.getMessage());
		}
	}

	/**
	 * Telegram's flood control says how long to wait (429, retry_after): exactly that;
	 * any other failure backs off.
	 */
	record AfterTelegramsWait(Clock clock, RetryBackoff otherwise) implements FailureHandler<Void> {

		@Override
		public void onFailure(ExecutionComplete complete, ExecutionOperations<Void> operations) {
			Throwable cause = complete.getCause().orElse(null);
			while (cause != null && !(cause instanceof BotApiException)) {
				cause = cause.getCause();
			}
			if (cause instanceof BotApiException telegram && telegram.retryAfter() != null) {
				operations.reschedule(complete, this.clock.instant().plus(telegram.retryAfter()));
				return;
			}
			this.otherwise.onFailure(complete, operations);
		}

	}

}
