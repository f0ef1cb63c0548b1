package io.yordam.feedback;

import java.util.ArrayList;
import java.util.List;

import io.yordam.common.InvalidInputException;

/**
 * What admins set about feedback, saved as one versioned document.
 *
 * @param lowRatingThreshold a rating at or below it opens a follow-up for a supervisor
 * (0: none does)
 * @param npsSamplePercent the share of delivered orders whose customer may be asked the
 * NPS question, in percent
 * @param npsIntervalDays nobody is asked the NPS question again within this many days
 */
public record FeedbackSettings(int lowRatingThreshold, int npsSamplePercent, int npsIntervalDays) {

	static final int MAX_INTERVAL_DAYS = 3650;

	/**
	 * A rating of 2 or less is followed up; one order in ten, a customer every 90 days.
	 */
	static FeedbackSettings defaults() {
		return new FeedbackSettings(2, 10, 90);
	}

	LowRatingPolicy lowRatingPolicy() {
		return new LowRatingPolicy(this.lowRatingThreshold);
	}

	NpsPolicy npsPolicy() {
		return new NpsPolicy(this.npsSamplePercent, java.time.Duration.ofDays(this.npsIntervalDays));
	}

	/** Refuses (400, naming each field) settings that cannot work. */
	void validate() {
		List<InvalidInputException.Violation> bad = new ArrayList<>();
		if (this.lowRatingThreshold < 0 || this.lowRatingThreshold > 5) {
			bad.add(new InvalidInputException.Violation("lowRatingThreshold", "range", "From 0 (never) to 5"));
		}
		if (this.npsSamplePercent < 0 || this.npsSamplePercent > 100) {
			bad.add(new InvalidInputException.Violation("npsSamplePercent", "range", "From 0 to 100"));
		}
		if (this.npsIntervalDays < 1 || this.npsIntervalDays > MAX_INTERVAL_DAYS) {
			bad.add(new InvalidInputException.Violation("npsIntervalDays", "range",
					"From 1 to " + MAX_INTERVAL_DAYS + " days"));
		}
		if (!bad.isEmpty()) {
			throw new InvalidInputException(bad);
		}
	}

}
