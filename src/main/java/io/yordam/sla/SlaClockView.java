package io.yordam.sla;

import java.time.Duration;
import java.time.Instant;

import io.yordam.tickets.TicketId;
import io.yordam.tickets.TicketLine;

/**
 * One of a ticket's clocks as others read it. A running clock has its due instant and the
 * instants it turns amber and red (on its calendar); a paused one has the time it has
 * left instead.
 */
public record SlaClockView(TicketId ticketId, long number, TicketLine line, SlaTarget target, String policy,
		Duration budget, boolean paused, Instant dueAt, Instant amberAt, Instant redAt, Duration remaining,
		SlaStage stage) {

}
