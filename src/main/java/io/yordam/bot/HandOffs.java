package io.yordam.bot;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.yordam.conversations.ConversationId;
import io.yordam.conversations.Conversations;
import io.yordam.conversations.MessageView;
import io.yordam.orders.OrderId;
import io.yordam.orders.OrderView;
import io.yordam.orders.Orders;
import io.yordam.tickets.TicketCategory;
import io.yordam.tickets.TicketDesk;
import io.yordam.tickets.TicketId;
import io.yordam.tickets.TicketPriority;
import tools.jackson.databind.ObjectMapper;

import org.springframework.stereotype.Component;

/**
 * Hands the customer to a person: tells them they are waiting for an operator, and gives
 * the agent a summary (why, the intent, the order, the facts gathered, what was offered)
 * on a ticket that joins its line's queue with the right category and priority.
 */
@Component
class HandOffs {

	private final Conversations conversations;

	private final TicketDesk tickets;

	private final Orders orders;

	private final BotTexts texts;

	private final ObjectMapper mapper;

	private final Clock clock;

	HandOffs(Conversations conversations, TicketDesk tickets, Orders orders, BotTexts texts, ObjectMapper mapper,
			Clock clock) {
		this.conversations = conversations;
		this.tickets = tickets;
		this.orders = orders;
		this.texts = texts;
		this.mapper = mapper;
		this.clock = clock;
	}

	void handOff(BotSession session, Classification understood, String reason, MessageView lastMessage, boolean angry,
			String messageId) {
		if (session.mode() == BotSession.Mode.HANDED_OFF || session.mode() == BotSession.Mode.HUMAN) {
			return;
		}
		this.conversations.postAsBot(new ConversationId(session.conversationId()),
				this.texts.get(angry ? "bot.handoff.angry" : "bot.handoff", session.language()), List.of(), messageId);
		boolean vip = "vip".equals(reason);
		TicketPriority priority = (angry || vip) ? TicketPriority.HIGH : TicketPriority.NORMAL;
		List<String> tags = new ArrayList<>(List.of("bot-handoff", "handoff-" + reason.replace('_', '-')));
		if (vip) {
			tags.add("vip");
		}
		this.tickets.handOff(new TicketId(session.ticketId()),
				new TicketDesk.HandOff(reason, summary(session, understood, reason, lastMessage),
						category(topic(session, understood)), priority, tags, session.orderId()));
		session.handedOff(reason, this.clock.instant());
	}

	String summary(BotSession session, Classification understood, String reason, MessageView lastMessage) {
		List<String> lines = new ArrayList<>();
		lines.add("Bot hand-off: " + reason);
		String intent = (session.intent() != null) ? session.intent() : "—";
		String confidence = (session.confidence() != null) ? " (" + Math.round(session.confidence() * 100) + "%)" : "";
		lines.add("Intent: " + intent + confidence + " · language: " + session.language());
		if ("human_agent".equals(intent) && understood != null && !understood.runnersUp().isEmpty()) {
			lines.add("About: " + topic(session, understood));
		}
		Optional<OrderView> order = Optional.ofNullable(session.orderId())
			.flatMap(id -> this.orders.find(new OrderId(id)));
		order.ifPresent(o -> lines.add("Order: №" + o.number() + " · " + o.status() + " · " + o.restaurantName()
				+ ((o.courierName() != null) ? " · courier " + o.courierName() : "")));
		Gathered gathered = gathered(session);
		List<String> facts = new ArrayList<>();
		if (!gathered.items().isEmpty() && order.isPresent()) {
			facts.add("items " + String.join(", ",
					order.get()
						.items()
						.stream()
						.filter(l -> gathered.items().contains(l.sku()))
						.map(OrderView.Line::name)
						.toList()));
		}
		if (gathered.photo() != null) {
			facts.add("photo sent");
		}
		if (gathered.problem() != null) {
			facts.add("problem " + gathered.problem());
		}
		if (understood != null && !understood.entities().amounts().isEmpty()) {
			facts.add("amounts " + understood.entities().amounts());
		}
		if (understood != null && understood.angry()) {
			facts.add("customer upset (" + understood.anger() + ")");
		}
		if (!facts.isEmpty()) {
			lines.add("Facts: " + String.join("; ", facts));
		}
		if (session.offered() != null) {
			lines.add("Offered: " + session.offered());
		}
		if (lastMessage != null && lastMessage.text() != null && !lastMessage.text().isBlank()) {
			String said = lastMessage.text().strip();
			lines.add("Customer: «" + ((said.length() > 300) ? said.substring(0, 299) + "…" : said) + "»");
		}
		return String.join("\n", lines);
	}

	private Gathered gathered(BotSession session) {
		return Gathered.of(session, this.mapper);
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

	static TicketCategory category(String intent) {
		if (intent == null) {
			return TicketCategory.GENERAL_QUESTION;
		}
		return switch (intent) {
			case "delivery_late" -> TicketCategory.LATE_DELIVERY;
			case "damaged_order" -> TicketCategory.DAMAGED_ORDER;
			case "missing_item" -> TicketCategory.INCOMPLETE_ORDER;
			case "wrong_order" -> TicketCategory.WRONG_ORDER;
			case "payment_problem" -> TicketCategory.UNPAID_ORDER;
			default -> TicketCategory.GENERAL_QUESTION;
		};
	}

}
