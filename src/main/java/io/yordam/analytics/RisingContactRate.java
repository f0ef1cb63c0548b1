package io.yordam.analytics;

/**
 * The rule that names a recurring problem: a restaurant's, courier's or city's contacts
 * this week against what its own baseline rate (contacts per order over the previous four
 * weeks) predicts for this week's orders. Contacts are taken as Poisson with that
 * expectation; the rise is significant when the observed count is at least
 * {@link #Z_THRESHOLD} standard deviations above it, there are at least
 * {@link #MIN_CONTACTS} contacts (a few are noise) and the rate is at least
 * {@link #MIN_RATIO} times the baseline (a tiny rise on a huge volume is no problem to
 * call about).
 */
final class RisingContactRate {

	static final double Z_THRESHOLD = 3.0;

	static final long MIN_CONTACTS = 5;

	static final double MIN_RATIO = 1.5;

	/** Baseline orders below this leave no baseline to compare with. */
	static final long MIN_BASELINE_ORDERS = 20;

	private RisingContactRate() {
	}

	sealed interface Verdict permits Rising, Steady, NoBaseline {

	}

	/** Significantly up: z standard deviations above the expected contacts. */
	record Rising(double z, double expected, double ratePer1000, double baselinePer1000) implements Verdict {
	}

	record Steady() implements Verdict {
	}

	/** Too few orders this week or before to judge. */
	record NoBaseline() implements Verdict {
	}

	static Verdict judge(long contacts, long orders, long baselineContacts, long baselineOrders) {
		if (orders == 0 || baselineOrders < MIN_BASELINE_ORDERS) {
			return new NoBaseline();
		}
		// Half a contact added to the baseline: a clean baseline (zero contacts) still
		// predicts some, so that one bad week is judged by its size, not divided by zero.
		double baselineRate = (baselineContacts + 0.5) / baselineOrders;
		double expected = baselineRate * orders;
		double z = (contacts - expected) / Math.sqrt(expected);
		double rate = (double) contacts / orders;
		if (contacts >= MIN_CONTACTS && z >= Z_THRESHOLD && rate >= MIN_RATIO * baselineRate) {
			return new Rising(Math.round(z * 10) / 10.0, expected, Math.round(rate * 10_000) / 10.0,
					Math.round(10_000.0 * baselineContacts / baselineOrders) / 10.0);
		}
		return new Steady();
	}

}
