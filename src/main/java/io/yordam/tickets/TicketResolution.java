package io.yordam.tickets;

/**
 * How a ticket was solved, as the satisfaction survey needs it.
 *
 * @param solvedByBot the bot solved it alone: no person answered or took it
 */
public record TicketResolution(TicketSummary ticket, boolean solvedByBot) {

	/** A person answered the requester (in the chat, by mail, on the phone). */
	public boolean answeredByPerson() {
		return this.ticket.firstResponseAt() != null;
	}

}
