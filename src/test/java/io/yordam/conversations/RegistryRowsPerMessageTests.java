package io.yordam.conversations;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.yordam.access.Participant;
import io.yordam.support.YordamTest;
import io.yordam.tickets.TicketCategory;
import io.yordam.tickets.TicketChanged;
import io.yordam.tickets.TicketId;
import io.yordam.tickets.TicketLine;
import io.yordam.tickets.TicketPriority;
import io.yordam.tickets.TicketStatus;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which durable listeners an event of the chat's hot path is recorded for (issue 14): the
 * ones that act on it, and no other. Read inside the publishing transaction, where the
 * registry writes its rows, and rolled back, so no listener runs.
 */
@YordamTest
class RegistryRowsPerMessageTests {

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcTemplate jdbc;

	List<String> recordedFor(Object event, String marker) {
		return this.transactions.execute(status -> {
			this.events.publishEvent(event);
			List<String> listeners = this.jdbc.queryForList(
					"select listener_id from event_publication where serialized_event like ? order by listener_id",
					String.class, "%" + marker + "%");
			status.setRollbackOnly();
			return listeners.stream().map(id -> id.substring(0, id.indexOf('('))).toList();
		});
	}

	MessagePosted posted(AuthorKind author, String actionId) {
		UUID id = UUID.randomUUID();
		return new MessagePosted(new ConversationId(UUID.randomUUID()), id, 2, author, "c-0001", "Where is my order?",
				Instant.now(), actionId);
	}

	@Test
	void theBotsOwnMessageIsRecordedForNoListener() {
		MessagePosted bot = posted(AuthorKind.BOT, null);
		assertThat(recordedFor(bot, bot.messageId().toString())).isEmpty();
	}

	@Test
	void aCustomersMessageIsRecordedForTheBotTheTicketAndTheNotifications() {
		MessagePosted customer = posted(AuthorKind.PARTICIPANT, null);
		assertThat(recordedFor(customer, customer.messageId().toString())).containsExactly("io.yordam.bot.BotEvents.on",
				"io.yordam.notifications.NotificationTriggers.onMessagePosted",
				"io.yordam.tickets.ConversationTicketing.on");
		MessagePosted tap = posted(AuthorKind.PARTICIPANT, "inc:" + UUID.randomUUID() + ":refund");
		assertThat(recordedFor(tap, tap.messageId().toString())).contains("io.yordam.incidents.IncidentEvents.on");
	}

	@Test
	void aCustomersAnswerOnTheSideIsRecordedForTheFeedbackOnly() {
		MessagePosted rating = new MessagePosted(new ConversationId(UUID.randomUUID()), UUID.randomUUID(), 3,
				AuthorKind.PARTICIPANT, "c-0001", "2 ★", Instant.now(), "csat:" + UUID.randomUUID() + ":2", true);
		assertThat(recordedFor(rating, rating.messageId().toString()))
			.containsExactly("io.yordam.feedback.FeedbackAnswers.on");
	}

	@Test
	void anAgentsMessageIsRecordedForTheBotAndTheAnalytics() {
		MessagePosted agent = posted(AuthorKind.AGENT, null);
		// The analytics time support's next response by it.
		assertThat(recordedFor(agent, agent.messageId().toString()))
			.containsExactly("io.yordam.analytics.AnalyticsEvents.on", "io.yordam.bot.BotEvents.on");
	}

	@Test
	void aCustomersMessageOnTheBotsTicketIsRecordedForRoutingAndTheCustomersHistory() {
		UUID conversation = UUID.randomUUID();
		TicketChanged touched = new TicketChanged(new TicketId(UUID.randomUUID()), 1001, conversation,
				Participant.customer("c-0001"), TicketLine.CUSTOMERS_PARTNERS, TicketStatus.BOT, TicketPriority.NORMAL,
				TicketCategory.GENERAL_QUESTION, "Where is my order?", null, TicketChanged.Change.CUSTOMER_MESSAGE,
				Instant.now(), Instant.now());
		assertThat(recordedFor(touched, conversation.toString()))
			.containsExactly("io.yordam.customers.CustomerHistory.on", "io.yordam.routing.RoutingTriggers.on");
	}

}
