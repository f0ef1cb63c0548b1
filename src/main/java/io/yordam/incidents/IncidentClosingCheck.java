package io.yordam.incidents;

import io.yordam.common.RuleViolationException;
import io.yordam.tickets.TicketClosingCheck;
import io.yordam.tickets.TicketSummary;

import org.springframework.stereotype.Component;

/**
 * An incident ticket cannot be solved or closed until each incident on it has its fault.
 */
@Component
class IncidentClosingCheck implements TicketClosingCheck {

	private final IncidentRepository incidents;

	IncidentClosingCheck(IncidentRepository incidents) {
		this.incidents = incidents;
	}

	@Override
	public void beforeClosing(TicketSummary ticket) {
		if (this.incidents.withoutFault(ticket.id().value()) > 0) {
			throw RuleViolationException.conflict("incident-fault-required",
					"Record who was at fault for each incident before closing the ticket");
		}
	}

}
