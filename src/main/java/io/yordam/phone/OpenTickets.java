package io.yordam.phone;

import java.util.Optional;
import java.util.Set;

import io.yordam.access.Participant;
import io.yordam.customers.CustomerView;
import io.yordam.customers.Customers;
import io.yordam.tickets.TicketDesk;
import io.yordam.tickets.TicketId;
import io.yordam.tickets.TicketStatus;
import io.yordam.tickets.TicketSummary;

/**
 * The caller's open ticket, if they have one: the newest of their customer-360's tickets
 * that is neither solved nor closed. A call about it belongs in it.
 */
final class OpenTickets {

	private static final Set<String> DONE = Set.of(TicketStatus.SOLVED.name(), TicketStatus.CLOSED.name());

	private final Customers customers;

	private final TicketDesk desk;

	OpenTickets(Customers customers, TicketDesk desk) {
		this.customers = customers;
		this.desk = desk;
	}

	Optional<TicketSummary> of(Participant caller) {
		return this.customers.view(caller)
			.tickets()
			.stream()
			.filter(ticket -> !DONE.contains(ticket.status()))
			.findFirst()
			.map(CustomerView.TicketLine::ticketId)
			.map(id -> this.desk.get(new TicketId(id)))
			.filter(ticket -> ticket.status() != TicketStatus.CLOSED && ticket.status() != TicketStatus.SOLVED);
	}

}
