package io.yordam.tickets;

/**
 * A ticket as a person names it: its number (#1042) and subject, with its id for links.
 */
public record TicketRef(TicketId id, long number, String subject, TicketStatus status) {
}
