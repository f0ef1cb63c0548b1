package io.yordam.tickets;

public enum TicketStatus {

	/** {@code BOT}: the bot is answering; no person is needed yet. */
	NEW, OPEN, PENDING_CUSTOMER, ON_HOLD, SOLVED, CLOSED, BOT;

	/**
	 * The queue's bucket (stored, indexed): waiting for support, pending, on hold, done,
	 * with the bot.
	 */
	public int bucket() {
		return switch (this) {
			case NEW, OPEN -> 1;
			case PENDING_CUSTOMER -> 2;
			case ON_HOLD -> 3;
			case SOLVED, CLOSED -> 4;
			case BOT -> 5;
		};
	}

}
