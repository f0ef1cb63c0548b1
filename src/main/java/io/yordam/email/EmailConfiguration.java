package io.yordam.email;

import java.time.Clock;
import java.util.UUID;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import io.yordam.common.ConflictRetry;
import io.yordam.conversations.ChannelConversations;
import io.yordam.conversations.Conversations;
import io.yordam.tickets.TicketDesk;

/**
 * The email channel's parts, all or none: with {@code yordam.email.enabled} off nothing
 * of it exists (no timer, no listener). Two persisted timers: the mailbox's rounds
 * (recurring, on one node at a time) and each reply's sending (one-time, retried).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("yordam.email.enabled")
@EnableConfigurationProperties(EmailProperties.class)
class EmailConfiguration {

	static final String SEND = "email-send";

	static final String MAILBOX = "email-mailbox";

	@Bean
	MailContacts mailContacts(JdbcClient jdbc, Clock clock) {
		return new MailContacts(jdbc, clock);
	}

	@Bean
	MailContactLinker mailContactLinker(JdbcClient jdbc) {
		return new MailContactLinker(jdbc);
	}

	@Bean
	MailThreads mailThreads(JdbcClient jdbc, Clock clock) {
		return new MailThreads(jdbc, clock);
	}

	@Bean
	MailIntake mailIntake(ChannelConversations channels, Conversations conversations, TicketDesk tickets,
			MailContacts contacts, MailThreads threads) {
		return new MailIntake(channels, conversations, tickets, contacts, threads);
	}

	@Bean
	MailReader mailReader(EmailProperties properties,
			@org.springframework.beans.factory.annotation.Value("${yordam.chat.max-image-bytes:5242880}") int maxImageBytes) {
		return new MailReader(properties, maxImageBytes);
	}

	@Bean
	MailboxPoller mailboxPoller(EmailProperties properties, MailReader reader, MailIntake intake, ConflictRetry retry,
			MeterRegistry meters) {
		return new MailboxPoller(properties, reader, intake, retry, meters);
	}

	@Bean
	MailOutbox mailOutbox(JdbcClient jdbc, @Lazy SchedulerClient scheduler, OneTimeTask<Void> emailSendTask,
			ObjectProvider<JavaMailSenderImpl> sender, EmailProperties properties, MailThreads threads,
			MeterRegistry meters, Clock clock) {
		return new MailOutbox(jdbc, scheduler, emailSendTask, sender, properties, threads, meters, clock);
	}

	@Bean
	MailReplies mailReplies(Conversations conversations, TicketDesk tickets, MailThreads threads, MailOutbox outbox,
			MessageSource messages, ConflictRetry retry, MailContacts contacts) {
		return new MailReplies(conversations, tickets, threads, outbox, messages, retry, contacts);
	}

	/** A mailed ticket's survey, threaded into its conversation. */
	@Bean
	MailSurveys mailSurveys(MailThreads threads, MailOutbox outbox, MessageSource messages, Clock clock) {
		return new MailSurveys(threads, outbox, new SurveyMailText(messages, clock.getZone()));
	}

	/** The weekly report's letters to supervisors and admins. */
	@Bean
	MailToStaff mailToStaff(MailOutbox outbox) {
		return new MailToStaff(outbox);
	}

	/** Mail as a channel an agent may answer on, for a customer with a linked address. */
	@Bean
	io.yordam.conversations.ReplyChannel mailReplyChannel(MailContacts contacts) {
		return new io.yordam.conversations.ReplyChannel() {
			@Override
			public io.yordam.conversations.Channel channel() {
				return io.yordam.conversations.Channel.EMAIL;
			}

			@Override
			public java.util.Optional<String> reaches(io.yordam.access.Participant who) {
				return contacts.addressOf(who);
			}
		};
	}

	@Bean
	MailboxWatcher mailboxWatcher(EmailProperties properties, @Lazy SchedulerClient scheduler, MeterRegistry meters,
			Clock clock) {
		return new MailboxWatcher(properties, scheduler, meters, clock);
	}

	@Bean
	OneTimeTask<Void> emailSendTask(@Lazy MailOutbox outbox, Clock clock, EmailProperties properties) {
		return Tasks.oneTime(SEND)
			.onFailure(new io.yordam.common.RetryBackoff(clock, properties.retryFirst(), properties.retryMax()))
			.execute((instance, context) -> outbox.attempt(UUID.fromString(instance.getId())));
	}

	@Bean
	RecurringTask<Void> emailMailboxTask(MailboxPoller poller, EmailProperties properties) {
		return Tasks.recurring(MAILBOX, FixedDelay.of(properties.pollEvery())).execute((instance, context) -> {
			try {
				poller.poll();
			}
			catch (jakarta.mail.MessagingException ex) {
				// Logged and counted by the poller; the next round tries again.
			}
		});
	}

}
