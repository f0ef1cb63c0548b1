package io.yordam.phone;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.transaction.annotation.Transactional;

import io.yordam.access.OperatorPrincipal;
import io.yordam.common.RuleViolationException;
import io.yordam.conversations.Channel;
import io.yordam.conversations.ConversationId;
import io.yordam.conversations.Conversations;
import io.yordam.tickets.TicketDesk;
import io.yordam.tickets.TicketId;
import io.yordam.tickets.TicketSummary;

/**
 * The agent called the caller of a missed call back: the callback ticket's first response
 * (its SLA's target met), and a line in its timeline.
 */
class CallbackCalls {

	private final TicketDesk desk;

	private final Conversations conversations;

	private final MessageSource messages;

	CallbackCalls(TicketDesk desk, Conversations conversations, MessageSource messages) {
		this.desk = desk;
		this.conversations = conversations;
		this.messages = messages;
	}

	@Transactional
	TicketSummary calledBack(TicketId id, OperatorPrincipal agent) {
		TicketSummary ticket = this.desk.get(id);
		if (ticket.channel() != Channel.CALLBACK) {
			throw RuleViolationException.conflict("not-a-callback", "Only a callback ticket is called back");
		}
		String text = this.messages.getMessage("phone.timeline.calledBack", new Object[] { agent.displayName() },
				Locale.forLanguageTag(ticket.language()));
		this.conversations.postAsSystem(new ConversationId(ticket.conversationId()), text, List.of(),
				"callback:" + id.value() + ":" + ticket.updatedAt().toEpochMilli());
		return this.desk.spokeByPhone(id, agent.id(), agent.displayName(), "☎ ✓");
	}

}
