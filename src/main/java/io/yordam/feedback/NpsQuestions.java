package io.yordam.feedback;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import io.yordam.access.Participant;
import io.yordam.common.ConflictRetry;
import io.yordam.common.Durable;
import io.yordam.conversations.ConversationView;
import io.yordam.conversations.Conversations;
import io.yordam.orders.OrderStatus;
import io.yordam.orders.OrderSynced;
import io.yordam.tickets.TicketDesk;
import io.yordam.tickets.TicketStatus;

import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * After a delivered order, a sample of customers is asked how likely they are to
 * recommend the service (0–10), in their latest chat with support and in its language;
 * nobody more often than the interval the settings give, which the customer's row in the
 * database keeps. A customer with no chat, or whose chat is busy with an open ticket, is
 * not asked (and not counted as asked).
 */
@Component
class NpsQuestions {

	private final Conversations conversations;

	private final TicketDesk desk;

	private final NpsRows rows;

	private final FeedbackSettingsStore settings;

	private final FeedbackTexts texts;

	private final ConflictRetry retry;

	private final Clock clock;

	NpsQuestions(Conversations conversations, TicketDesk desk, NpsRows rows, FeedbackSettingsStore settings,
			FeedbackTexts texts, ConflictRetry retry, Clock clock) {
		this.conversations = conversations;
		this.desk = desk;
		this.rows = rows;
		this.settings = settings;
		this.texts = texts;
		this.retry = retry;
		this.clock = clock;
	}

	// Only a delivery concerns NPS: no registry row for any other change of an order.
	@Durable
	@Async
	@TransactionalEventListener(condition = "#event.status() != null and #event.status().name() == 'DELIVERED'")
	void on(OrderSynced event) {
		if (event.status() == OrderStatus.DELIVERED && event.customerId() != null) {
			delivered(event);
		}
	}

	/**
	 * Asks, in a transaction of its own, if the order is sampled and the customer due.
	 */
	void delivered(OrderSynced event) {
		this.retry.run(() -> ask(event));
	}

	private void ask(OrderSynced event) {
		NpsPolicy policy = this.settings.current().settings().npsPolicy();
		String orderId = event.orderId().value();
		if (!policy.sampled(orderId) || this.rows.askedAbout(orderId)) {
			return;
		}
		Participant customer = Participant.customer(event.customerId());
		Optional<ConversationView> chat = this.conversations.latestOf(customer).filter(this::idle);
		if (chat.isEmpty()) {
			return;
		}
		Instant now = this.clock.instant();
		if (!this.rows.admit(customer, now, now.minus(policy.interval()))) {
			return;
		}
		ConversationView conversation = chat.get();
		String language = conversation.participantLocale();
		NpsRows.Question question = new NpsRows.Question(UUID.randomUUID(), orderId, customer,
				conversation.id().value(), event.city(), language, now);
		this.rows.insert(question);
		this.conversations.postAsSystem(conversation.id(), this.texts.npsQuestion(language),
				this.texts.npsButtons(question.id()), "nps:" + question.id());
	}

	/**
	 * A chat whose ticket is done (or that has none): the question interrupts nothing.
	 */
	private boolean idle(ConversationView conversation) {
		return this.desk.findOfConversation(conversation.id().value())
			.map(ticket -> ticket.status() == TicketStatus.SOLVED || ticket.status() == TicketStatus.CLOSED)
			.orElse(true);
	}

}
