package io.yordam.orders;

/**
 * An order's life cycle on the platform. The rank orders the happy path;
 * {@code DELIVERED} and {@code CANCELLED} are terminal.
 */
public enum OrderStatus {

	CREATED(0), ACCEPTED(1), COOKING(2), READY(3), ON_THE_WAY(4), DELIVERED(5), CANCELLED(6);

	private final int rank;

	OrderStatus(int rank) {
		this.rank = rank;
	}

	public boolean isTerminal() {
		return this == DELIVERED || this == CANCELLED;
	}

	public boolean isActive() {
		return !isTerminal();
	}

	int rank() {
		return this.rank;
	}

}
