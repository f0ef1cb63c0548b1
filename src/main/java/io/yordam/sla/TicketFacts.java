package io.yordam.sla;

import io.yordam.tickets.TicketCategory;
import io.yordam.tickets.TicketLine;
import io.yordam.tickets.TicketPriority;

/** What a policy's conditions look at. */
public record TicketFacts(TicketLine line, SlaChannel channel, TicketCategory category, TicketPriority priority,
		boolean vip, String language) {

}
