package io.yordam.tickets;

import static io.yordam.tickets.TicketStatus.BOT;
import static io.yordam.tickets.TicketStatus.CLOSED;
import static io.yordam.tickets.TicketStatus.NEW;
import static io.yordam.tickets.TicketStatus.ON_HOLD;
import static io.yordam.tickets.TicketStatus.OPEN;
import static io.yordam.tickets.TicketStatus.PENDING_CUSTOMER;
import static io.yordam.tickets.TicketStatus.SOLVED;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Which status may follow which. A closed ticket is final (a new message opens a
 * follow-up ticket); a ticket is closed only once solved; nothing goes back to new. A
 * person can take a ticket from the bot (open) or solve it; the bot's own hand-off and
 * return are verbs of the ticket, not status changes anyone can pick.
 */
final class TicketTransitions {

	private static final Map<TicketStatus, Set<TicketStatus>> ALLOWED = Map.of(NEW,
			EnumSet.of(OPEN, PENDING_CUSTOMER, ON_HOLD, SOLVED), OPEN, EnumSet.of(PENDING_CUSTOMER, ON_HOLD, SOLVED),
			PENDING_CUSTOMER, EnumSet.of(OPEN, ON_HOLD, SOLVED), ON_HOLD, EnumSet.of(OPEN, PENDING_CUSTOMER, SOLVED),
			SOLVED, EnumSet.of(OPEN, CLOSED), CLOSED, EnumSet.noneOf(TicketStatus.class), BOT,
			EnumSet.of(OPEN, SOLVED));

	private TicketTransitions() {
	}

	static boolean allows(TicketStatus from, TicketStatus to) {
		return ALLOWED.get(from).contains(to);
	}

	static Set<TicketStatus> from(TicketStatus status) {
		return ALLOWED.get(status);
	}

}
