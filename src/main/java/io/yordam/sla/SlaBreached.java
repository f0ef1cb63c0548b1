package io.yordam.sla;

import java.time.Instant;

import io.yordam.tickets.TicketId;

/**
 * A target's due instant passed with the ticket still waiting. Published once per target
 * and clock run, whichever node's timer fires, and recorded in the ticket's audit trail.
 */
public record SlaBreached(TicketId ticketId, long number, SlaTarget target, Instant dueAt, Instant at) {

}
