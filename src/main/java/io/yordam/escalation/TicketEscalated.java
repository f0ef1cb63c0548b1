package io.yordam.escalation;

import java.time.Instant;

import io.yordam.tickets.EscalationLevel;
import io.yordam.tickets.TicketId;
import io.yordam.tickets.TicketLine;

/**
 * A ticket was escalated: published once per trigger and ticket, after the ticket's level
 * (and priority) changed in the same transaction.
 *
 * @param reason why, in words (the agent's own, or the rule's)
 * @param by who escalated it: the agent's name, or the system's
 */
public record TicketEscalated(TicketId ticketId, long number, TicketLine line, EscalationTrigger trigger,
		EscalationLevel level, String reason, String by, Instant at) {

	@Override
	public String toString() {
		return "TicketEscalated[#" + this.number + " " + this.trigger + " → " + this.level + "]";
	}

}
