package io.yordam.analytics;

/**
 * What a figure can be cut by. Every rollup row is for one dimension's value;
 * {@link #ALL} (value {@code *}) is the whole desk. There is no queue apart from the
 * line: a line's queue is the line.
 */
enum Dimension {

	ALL, CHANNEL, LINE, AGENT, CITY, RESTAURANT, COURIER,
	/** The contact reason: the ticket's category when it was first solved. */
	REASON,
	/**
	 * A dish (the platform's sku): each dish of the contact's order, and of each order
	 * created; contacts and orders only ({@link DishFacts}).
	 */
	DISH;

	static final String EVERYTHING = "*";

	/**
	 * The ticket row's column that holds this dimension's value (drill-down); none for
	 * the desk, and for dishes, which a ticket has several of ({@link TicketDrill}).
	 */
	String column() {
		return switch (this) {
			case ALL, DISH -> null;
			case AGENT -> "agent_id";
			default -> name().toLowerCase(java.util.Locale.ROOT);
		};
	}

}
