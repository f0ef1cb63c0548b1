package io.yordam.sla;

import java.time.Instant;

import io.yordam.tickets.TicketId;

/** Three quarters of a target's time have passed and the ticket still waits. */
public record SlaWarned(TicketId ticketId, long number, SlaTarget target, Instant dueAt, Instant at) {

}
