package io.yordam.tickets;

public enum TicketStatus {

	NEW, OPEN, PENDING_CUSTOMER, ON_HOLD, SOLVED, CLOSED;

	/** Waiting for support to act: what the queue shows first. */
	public boolean needsSupport() {
		return this == NEW || this == OPEN;
	}

}
