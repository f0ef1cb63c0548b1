package io.yordam.analytics;

import java.util.function.Function;

/**
 * The figures the dashboard shows, each defined once from the metrics ({@link Metric})
 * and documented in docs/analytics.md. SLA attainment, bot containment and the backlog
 * are read from elsewhere ({@link Dashboard}); the others from one cut's totals. A value
 * is null when it cannot be computed (nothing counted, no orders to divide by).
 */
enum Kpi {

	CONTACTS(Unit.COUNT, false, t -> (double) t.count(Metric.CONTACTS)),

	/** Contacts per 1,000 orders created in the same period and cut. */
	CONTACTS_PER_1000_ORDERS(Unit.RATE, false, t -> per1000(t.count(Metric.CONTACTS), t.count(Metric.ORDERS))),

	FIRST_RESPONSE_P50(Unit.SECONDS, false, t -> seconds(t.percentile(Metric.FIRST_RESPONSE, 0.5))),

	FIRST_RESPONSE_P90(Unit.SECONDS, false, t -> seconds(t.percentile(Metric.FIRST_RESPONSE, 0.9))),

	NEXT_RESPONSE_P50(Unit.SECONDS, false, t -> seconds(t.percentile(Metric.NEXT_RESPONSE, 0.5))),

	NEXT_RESPONSE_P90(Unit.SECONDS, false, t -> seconds(t.percentile(Metric.NEXT_RESPONSE, 0.9))),

	HANDLING_P50(Unit.SECONDS, false, t -> seconds(t.percentile(Metric.HANDLING, 0.5))),

	RESOLUTION_P50(Unit.SECONDS, false, t -> seconds(t.percentile(Metric.RESOLUTION, 0.5))),

	RESOLUTION_P90(Unit.SECONDS, false, t -> seconds(t.percentile(Metric.RESOLUTION, 0.9))),

	RESOLVED(Unit.COUNT, true, t -> (double) t.count(Metric.RESOLVED)),

	/**
	 * First-contact resolution: the share of first solutions in the period that held (not
	 * reopened, no new contact about the same order within 72 hours). The last three
	 * days' figure can still fall as late contacts arrive.
	 */
	FIRST_CONTACT_RESOLUTION(Unit.PERCENT, true,
			t -> percent(t.count(Metric.FIRST_RESOLVED) - t.count(Metric.FCR_MISSED), t.count(Metric.FIRST_RESOLVED))),

	/** Reopenings in the period per solution in the period. */
	REOPEN_RATE(Unit.PERCENT, false, t -> percent(t.count(Metric.REOPENED), t.count(Metric.RESOLVED))),

	/** So'm spent on compensation per 1,000 orders created in the same period and cut. */
	COMPENSATION_PER_1000_ORDERS(Unit.SOM, false, t -> per1000(t.sum(Metric.COMPENSATION), t.count(Metric.ORDERS))),

	/**
	 * Tickets open at the end of the period (opened and reopened, less solved and
	 * merged).
	 */
	BACKLOG(Unit.COUNT, false, null),

	/** The share of SLA runs met, as the service levels' report counts them. */
	SLA_ATTAINMENT(Unit.PERCENT, true, null),

	/** The bot's containment, as the bot's report counts it. */
	BOT_CONTAINMENT(Unit.PERCENT, true, null),

	/** CSAT: the average rating (1–5) of the ratings given in the period. */
	CSAT_AVERAGE(Unit.RATE, true, t -> average(t.sum(Metric.CSAT), t.count(Metric.CSAT))),

	/** The share of ratings in the period that were 4 or 5. */
	CSAT_SATISFIED(Unit.PERCENT, true, t -> percent(t.count(Metric.CSAT_SATISFIED), t.count(Metric.CSAT))),

	/**
	 * NPS: the share of promoters (9–10) less the share of detractors (0–6) among the
	 * answers in the period, from -100 to 100.
	 */
	NPS(Unit.RATE, true, t -> nps(t.count(Metric.NPS_PROMOTERS), t.count(Metric.NPS_DETRACTORS), t.count(Metric.NPS))),

	/** The average stars (1–5) of the public reviews posted in the period. */
	REVIEW_RATING(Unit.RATE, true, t -> average(t.sum(Metric.REVIEWS), t.count(Metric.REVIEWS)));

	enum Unit {

		COUNT, RATE, SECONDS, PERCENT, SOM

	}

	private final Unit unit;

	private final boolean higherIsBetter;

	private final Function<Totals, Double> fromTotals;

	Kpi(Unit unit, boolean higherIsBetter, Function<Totals, Double> fromTotals) {
		this.unit = unit;
		this.higherIsBetter = higherIsBetter;
		this.fromTotals = fromTotals;
	}

	Unit unit() {
		return this.unit;
	}

	boolean higherIsBetter() {
		return this.higherIsBetter;
	}

	/** Whether the figure is read from the rollups' totals. */
	boolean fromRollups() {
		return this.fromTotals != null;
	}

	Double of(Totals totals) {
		return this.fromTotals.apply(totals);
	}

	/**
	 * A value as the page writes it, the same in every language: times as m:ss or
	 * h:mm:ss, shares with one decimal and a percent sign, so'm grouped by thousands.
	 */
	static String text(Unit unit, Double value) {
		if (value == null) {
			return "—";
		}
		return switch (unit) {
			case SECONDS -> duration(value.longValue());
			case PERCENT -> String.format(java.util.Locale.ROOT, "%.1f %%", value);
			case RATE -> String.format(java.util.Locale.ROOT, "%.1f", value);
			case COUNT -> Long.toString(value.longValue());
			case SOM -> String.format(java.util.Locale.ROOT, "%,d", value.longValue()).replace(',', '\u00a0');
		};
	}

	public String text(Double value) {
		return text(this.unit, value);
	}

	static String duration(long seconds) {
		long h = seconds / 3600;
		long m = (seconds % 3600) / 60;
		long s = seconds % 60;
		return (h > 0) ? String.format(java.util.Locale.ROOT, "%d:%02d:%02d", h, m, s)
				: String.format(java.util.Locale.ROOT, "%d:%02d", m, s);
	}

	static Double per1000(long part, long orders) {
		return (orders == 0) ? null : Math.round(10_000.0 * part / orders) / 10.0;
	}

	static Double percent(long part, long whole) {
		return (whole == 0) ? null : Math.round(1000.0 * part / whole) / 10.0;
	}

	static Double average(long total, long n) {
		return (n == 0) ? null : Math.round(10.0 * total / n) / 10.0;
	}

	static Double nps(long promoters, long detractors, long answers) {
		return (answers == 0) ? null : Math.round(1000.0 * (promoters - detractors) / answers) / 10.0;
	}

	private static Double seconds(Long value) {
		return (value != null) ? value.doubleValue() : null;
	}

}
