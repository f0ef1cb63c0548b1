package io.yordam.analytics;

import java.util.List;

/**
 * The morning dashboard of one scope and period, language-neutral but for the scope's
 * label; {@code cuts} are the dimensions whose cuts the page loads after it.
 */
record DashboardView(AnalyticsScope scope, String scopeLabel, Period period, List<Tile> tiles, List<Point> trend,
		boolean hourly, List<Dimension> cuts) {

	/** One dimension's busiest values (a cut loaded apart). */
	record Cut(Dimension dim, List<CutRow> rows) {
	}

	/**
	 * A KPI now and in the previous period; {@code change} in percent of the previous
	 * value (null when either is missing or the previous is zero).
	 */
	record Tile(Kpi kpi, Double value, Double previous, Double change, Boolean better) {

		static Tile of(Kpi kpi, Double value, Double previous) {
			Double change = (value != null && previous != null && previous != 0)
					? Math.round(1000.0 * (value - previous) / Math.abs(previous)) / 10.0 : null;
			Boolean better = (value != null && previous != null && !value.equals(previous))
					? (value > previous) == kpi.higherIsBetter() : null;
			return new Tile(kpi, value, previous, change, better);
		}

		/** The drill-down's metric for this tile, when tickets stand behind it. */
		public Metric drill() {
			return switch (this.kpi) {
				case CONTACTS, CONTACTS_PER_1000_ORDERS -> Metric.CONTACTS;
				case FIRST_RESPONSE_P50, FIRST_RESPONSE_P90 -> Metric.FIRST_RESPONSE;
				case RESOLVED, RESOLUTION_P50, RESOLUTION_P90, HANDLING_P50 -> Metric.RESOLVED;
				case FIRST_CONTACT_RESOLUTION -> Metric.FCR_MISSED;
				case REOPEN_RATE -> Metric.REOPENED;
				case COMPENSATION_PER_1000_ORDERS -> Metric.COMPENSATION;
				case CSAT_AVERAGE, CSAT_SATISFIED -> Metric.CSAT;
				default -> null;
			};
		}

	}

	/** A day (or an hour, for a one-day period) of the trend. */
	record Point(String label, long contacts, long resolved, Double firstResponseP50, Double fcr) {

		public String firstResponseText() {
			return Kpi.FIRST_RESPONSE_P50.text(this.firstResponseP50);
		}

		public String fcrText() {
			return Kpi.FIRST_CONTACT_RESOLUTION.text(this.fcr);
		}

	}

	/** One value of a cut: its label and its figures. */
	record CutRow(String value, String label, long contacts, long orders, Double contactsPer1000,
			Double firstResponseP50, long resolved, Double fcr, Double reopenRate, long compensation) {

		public String per1000Text() {
			return Kpi.CONTACTS_PER_1000_ORDERS.text(this.contactsPer1000);
		}

		public String firstResponseText() {
			return Kpi.FIRST_RESPONSE_P50.text(this.firstResponseP50);
		}

		public String fcrText() {
			return Kpi.FIRST_CONTACT_RESOLUTION.text(this.fcr);
		}

		public String reopenText() {
			return Kpi.REOPEN_RATE.text(this.reopenRate);
		}

	}

}
