package io.yordam.bot;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.yordam.conversations.MessageView;
import io.yordam.orders.OrderId;
import io.yordam.orders.OrderView;
import io.yordam.orders.Orders;
import tools.jackson.databind.ObjectMapper;

import org.springframework.stereotype.Component;

/**
 * What the agent reads when the bot hands a customer over: why, the intent, the order,
 * the facts gathered, what was offered, and the customer's last words.
 */
@Component
class HandOffSummary {

	private final Orders orders;

	private final ObjectMapper mapper;

	HandOffSummary(Orders orders, ObjectMapper mapper) {
		this.orders = orders;
		this.mapper = mapper;
	}

	String of(BotSession session, Classification understood, String reason, MessageView lastMessage) {
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
		Gathered gathered = Gathered.of(session, this.mapper);
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
