package io.yordam.tickets;

import java.time.Instant;

import io.yordam.access.Participant;

/**
 * One ticket of a requester was merged into another: the merged one is closed, its
 * conversation read from the target's view.
 *
 * @param by the audit trail's actor id of who merged (an operator's id)
 */
public record TicketsMerged(TicketId merged, long mergedNumber, TicketId into, long intoNumber, Participant requester,
		String by, Instant at) {

	@Override
	public String toString() {
		return "TicketsMerged[#" + this.mergedNumber + " → #" + this.intoNumber + "]";
	}

}
