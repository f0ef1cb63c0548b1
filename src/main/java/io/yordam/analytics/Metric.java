package io.yordam.analytics;

/**
 * What the rollups count, each defined once here (and in docs/analytics.md). A timed
 * metric keeps a histogram of seconds ({@link Buckets#SECONDS}); the others count
 * ({@code n}) and sum ({@code total}). Each is counted in the local hour named.
 */
enum Metric {

	/** A ticket opened (a contact); in the hour it opened. */
	CONTACTS(null),

	/**
	 * Seconds from the moment a person was needed (the ticket's opening, or the bot's
	 * last hand-off before the answer) to a person's first answer; in the hour of the
	 * answer, charged to the ticket's assignee then.
	 */
	FIRST_RESPONSE(Buckets.SECONDS),

	/**
	 * Seconds from the customer's first message after support's previous answer to
	 * support's next answer; in the hour of the answer, charged to who answered.
	 */
	NEXT_RESPONSE(Buckets.SECONDS),

	/**
	 * Seconds from the first answer to the solution (the board's handling time); none for
	 * a ticket the bot solved alone; in the hour of the solution.
	 */
	HANDLING(Buckets.SECONDS),

	/** Seconds from the opening to a solution; in the hour of the solution. */
	RESOLUTION(Buckets.SECONDS),

	/**
	 * A solution: a ticket solved, or closed without being solved, once per reopening (a
	 * ticket merged into another is not solved: see {@link #MERGED}); charged to the
	 * assignee, or to the bot.
	 */
	RESOLVED(null),

	/** A ticket's first solution; the denominator of first-contact resolution. */
	FIRST_RESOLVED(null),

	/** A solved ticket the customer reopened; in the hour of the reopening. */
	REOPENED(null),

	/**
	 * A first solution that did not hold: the ticket was reopened, or the same customer
	 * opened another ticket about the same order within 72 hours of it; in the hour of
	 * the first solution.
	 */
	FCR_MISSED(null),

	/** A ticket merged into another: it leaves the backlog unsolved. */
	MERGED(null),

	/** An order created on the platform (order.created); in the hour it was created. */
	ORDERS(null),

	/**
	 * So'm paid in compensation (bonus, refund, free delivery, re-delivery) as the ledger
	 * posted it, a reversal negative; in the hour posted.
	 */
	COMPENSATION(null),

	/**
	 * A customer's rating of a solved ticket (1–5): n ratings, total their scores;
	 * charged to the agent who had the ticket, or to the bot when it solved alone; in the
	 * hour rated.
	 */
	CSAT(null),

	/** A rating of 4 or 5 (satisfied), counted like {@link #CSAT}. */
	CSAT_SATISFIED(null),

	/** An answer to the NPS question (0–10); in the hour answered. */
	NPS(null),

	/** An NPS answer of 9 or 10. */
	NPS_PROMOTERS(null),

	/** An NPS answer of 0 to 6. */
	NPS_DETRACTORS(null),

	/**
	 * A public review (app stores, maps, the platform's in-app rating): n reviews, total
	 * their stars (1–5); in the hour it was posted.
	 */
	REVIEWS(null);

	private final Buckets buckets;

	Metric(Buckets buckets) {
		this.buckets = buckets;
	}

	/** The histogram of a timed metric; null for counts and sums. */
	Buckets buckets() {
		return this.buckets;
	}

	int bucketOf(long value) {
		return (this.buckets != null) ? this.buckets.of(value) : 0;
	}

}
