package io.yordam.tickets;

/**
 * Another module's say before a ticket is solved or closed (the incidents module: an
 * incident needs its fault first). Throws a
 * {@link io.yordam.common.RuleViolationException} to refuse; the ticket does not move.
 */
public interface TicketClosingCheck {

	void beforeClosing(TicketSummary ticket);

}
