package io.yordam.bot;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import io.yordam.conversations.AuthorKind;
import io.yordam.conversations.ConversationId;
import io.yordam.conversations.Conversations;
import io.yordam.conversations.MessageView;
import io.yordam.incidents.IncidentFacts;
import io.yordam.incidents.IncidentView;
import io.yordam.incidents.IncidentViews;
import io.yordam.ledger.Ledger;
import io.yordam.ledger.LedgerLine;
import io.yordam.orders.OrderId;
import io.yordam.orders.OrderView;
import io.yordam.orders.Orders;
import tools.jackson.databind.ObjectMapper;

import org.springframework.stereotype.Component;

/**
 * What the agent reads when the bot hands a customer over ({@link HandOffNote}), gathered
 * from the session, the order, the incident, the ledger and the chat.
 */
@Component
class HandOffSummary {

	/** How many of the customer's messages the summary quotes, the latest. */
	static final int QUOTED = 3;

	private final Orders orders;

	private final IncidentViews incidents;

	private final Ledger ledger;

	private final Conversations conversations;

	private final ObjectMapper mapper;

	HandOffSummary(Orders orders, IncidentViews incidents, Ledger ledger, Conversations conversations,
			ObjectMapper mapper) {
		this.orders = orders;
		this.incidents = incidents;
		this.ledger = ledger;
		this.conversations = conversations;
		this.mapper = mapper;
	}

	HandOffNote note(BotSession session, Classification understood, String reason, MessageView lastMessage) {
		Optional<OrderView> order = Optional.ofNullable(session.orderId())
			.flatMap(id -> this.orders.find(new OrderId(id)));
		IncidentView incident = (session.incidentId() != null) ? this.incidents.get(session.incidentId()) : null;
		Gathered gathered = Gathered.of(session, this.mapper);
		IncidentFacts facts = (incident != null) ? incident.facts() : null;
		List<String> skus = (facts != null && facts.items() != null && !facts.items().isEmpty()) ? facts.items()
				: gathered.items();
		List<String> items = order
			.map(o -> o.items().stream().filter(line -> skus.contains(line.sku())).map(OrderView.Line::name).toList())
			.orElse(List.of());
		boolean photo = gathered.photo() != null || (facts != null && facts.photoAttachmentId() != null);
		IncidentFacts.FoodProblem problem = (gathered.problem() != null) ? gathered.problem()
				: (facts != null) ? facts.problem() : null;
		List<Long> amounts = (understood != null) ? understood.entities().amounts() : List.of();
		Intent intent = (session.intent() != null) ? Intent.of(session.intent()) : null;
		Intent about = (intent == Intent.HUMAN_AGENT && understood != null && !understood.runnersUp().isEmpty())
				? understood.runnersUp().get(0) : null;
		return new HandOffNote(reason, session.anger(), session.urgency(), intent, session.confidence(), about,
				session.language(), order.orElse(null), items, photo, problem, amounts,
				(incident != null) ? incident.offers() : List.of(), (incident != null) ? incident.chosenOffer() : null,
				paid(session), said(session, lastMessage));
	}

	/**
	 * What support paid in this ticket, not reversed: bonus, refund, delivery, goods sent
	 * again.
	 */
	private List<LedgerLine> paid(BotSession session) {
		return this.ledger.historyOf(session.customerId(), 50)
			.stream()
			.filter(line -> Objects.equals(line.ticketId(), session.ticketId()))
			.filter(line -> line.reverses() == null && !line.reversed())
			.toList()
			.reversed();
	}

	/**
	 * The customer's own words in this dialogue, up to the message answered: the latest
	 * few typed, never a button's label.
	 */
	private List<String> said(BotSession session, MessageView lastMessage) {
		long upTo = (lastMessage != null) ? lastMessage.seq() : Long.MAX_VALUE;
		List<String> typed = new ArrayList<>();
		for (MessageView message : this.conversations.messagesAfter(new ConversationId(session.conversationId()),
				session.dialogueFrom(), 500)) {
			if (message.seq() <= upTo && message.authorKind() == AuthorKind.PARTICIPANT && message.actionId() == null
					&& message.text() != null && !message.text().isBlank()) {
				typed.add(message.text());
			}
		}
		return typed.subList(Math.max(0, typed.size() - QUOTED), typed.size());
	}

	/**
	 * What the conversation is about: its intent, or for a request for a person, what the
	 * model read beside it.
	 */
	static String topic(BotSession session, Classification understood) {
		if ("human_agent".equals(session.intent()) && understood != null && !understood.runnersUp().isEmpty()) {
			return understood.runnersUp().get(0).wireName();
		}
		return session.intent();
	}

}
