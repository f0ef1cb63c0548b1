package io.yordam.tickets;

public enum TicketStatus {

	NEW, OPEN, PENDING_CUSTOMER, ON_HOLD, SOLVED, CLOSED;

	/**
	 * The queue's bucket (stored, indexed): waiting for support, pending, on hold, done.
	 */
	public int bucket() {
		return switch (this) {
			case NEW, OPEN -> 1;
			case PENDING_CUSTOMER -> 2;
			case ON_HOLD -> 3;
			case SOLVED, CLOSED -> 4;
		};
	}

}
