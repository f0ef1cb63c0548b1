package io.yordam.bot;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.yordam.conversations.ConversationId;
import io.yordam.conversations.Conversations;
import io.yordam.conversations.MessageView;
import io.yordam.tickets.TicketCategory;
import io.yordam.tickets.TicketDesk;
import io.yordam.tickets.TicketId;
import io.yordam.tickets.TicketPriority;

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

	private final BotTexts texts;

	private final HandOffSummary summary;

	private final HandOffWriter writer;

	private final Clock clock;

	HandOffs(Conversations conversations, TicketDesk tickets, BotTexts texts, HandOffSummary summary,
			HandOffWriter writer, Clock clock) {
		this.conversations = conversations;
		this.tickets = tickets;
		this.texts = texts;
		this.summary = summary;
		this.writer = writer;
		this.clock = clock;
	}

	/**
	 * @param pressing the customer should not wait (angry, a repeated failure, health):
	 * an apology, and high priority. A customer angry or in a hurry earlier in the
	 * dialogue is high priority whatever brings the person now (a tap on "Operator", a
	 * limit).
	 */
	void handOff(BotSession session, Classification understood, String reason, MessageView lastMessage,
			boolean pressing, String messageId) {
		if (session.mode() == BotSession.Mode.HANDED_OFF || session.mode() == BotSession.Mode.HUMAN) {
			return;
		}
		this.conversations.postAsBot(
				new ConversationId(session.conversationId()), this.texts
					.get((pressing || session.pressing()) ? "bot.handoff.angry" : "bot.handoff", session.language()),
				List.of(), messageId);
		boolean vip = "vip".equals(reason);
		TicketPriority priority = (pressing || vip || session.pressing()) ? TicketPriority.HIGH : TicketPriority.NORMAL;
		List<String> tags = new ArrayList<>(List.of("bot-handoff", "handoff-" + reason.replace('_', '-')));
		if (vip) {
			tags.add("vip");
		}
		if (session.anger() != null) {
			tags.add("angry");
		}
		if (session.urgency() != null) {
			tags.add("urgent");
		}
		Map<String, String> written = this.writer.write(this.summary.note(session, understood, reason, lastMessage));
		this.tickets.handOff(new TicketId(session.ticketId()), new TicketDesk.HandOff(reason, written,
				category(HandOffSummary.topic(session, understood)), priority, tags, session.orderId()));
		session.handedOff(reason, this.clock.instant());
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
