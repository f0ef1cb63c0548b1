package io.yordam.incidents;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.yordam.common.InvalidInputException;

/**
 * The numbers the playbooks use, edited by an admin (each edit a new version). Amounts in
 * so'm.
 *
 * @param lateBrackets compensation by lateness: the highest bracket reached pays
 * @param damagedKeepPercent share of the damaged items' price credited when the customer
 * keeps them
 * @param damagedRedeliveryCompensation credit on top of a re-delivery of damaged items
 * @param wrongOrderCompensation credit for the trouble of a wrong order
 * @param foodQualityCompensation credit on top of the items' price for bad food
 * @param limits per role: the most one action may pay, and the most per shift
 * @param shiftHours the window the per-shift limit counts
 * @param abuse when a claim is flagged
 */
public record PlaybookSettings(List<Bracket> lateBrackets, int damagedKeepPercent, long damagedRedeliveryCompensation,
		long wrongOrderCompensation, long foodQualityCompensation, Map<String, Limit> limits, int shiftHours,
		AbuseThresholds abuse) {

	public record Bracket(int minutesLate, long amount) {
	}

	public record Limit(long perAction, long perShift) {
	}

	public record AbuseThresholds(int claimsIn30Days, long compensatedIn30Days, int claimsPerOrder) {
	}

	static PlaybookSettings defaults() {
		return new PlaybookSettings(List.of(new Bracket(15, 10_000), new Bracket(30, 20_000), new Bracket(60, 40_000)),
				50, 15_000, 15_000, 10_000,
				Map.of("AGENT", new Limit(150_000, 600_000), "SUPERVISOR", new Limit(600_000, 5_000_000), "ADMIN",
						new Limit(600_000, 5_000_000), "BOT", new Limit(120_000, 3_000_000)),
				12, new AbuseThresholds(4, 200_000, 2));
	}

	public Limit limitOf(Acting.Role role) {
		Limit limit = this.limits.get(role.name());
		return (limit != null) ? limit : new Limit(0, 0);
	}

	/** The most brackets, as many as the settings page shows. */
	static final int MAX_BRACKETS = 10;

	/**
	 * The most any amount here may be (so'm): far above any real compensation or limit,
	 * and far below where sums of them overflow.
	 */
	static final long MAX_AMOUNT = 1_000_000_000L;

	static final List<String> ROLES = List.of("AGENT", "SUPERVISOR", "ADMIN", "BOT");

	/** Refuses settings that would pay nonsense, naming each bad field. */
	void validate() {
		List<InvalidInputException.Violation> bad = new ArrayList<>();
		if (this.lateBrackets == null || this.lateBrackets.isEmpty()) {
			bad.add(new InvalidInputException.Violation("lateBrackets", "required", "At least one bracket"));
		}
		else if (this.lateBrackets.size() > MAX_BRACKETS) {
			bad.add(new InvalidInputException.Violation("lateBrackets", "size",
					"At most " + MAX_BRACKETS + " brackets"));
		}
		else {
			int previousMinutes = 0;
			long previousAmount = -1;
			for (int i = 0; i < this.lateBrackets.size(); i++) {
				Bracket b = this.lateBrackets.get(i);
				if (b == null) {
					bad.add(new InvalidInputException.Violation("lateBrackets[" + i + "]", "required", "A bracket"));
					continue;
				}
				if (b.minutesLate() > 24 * 60 || b.amount() > MAX_AMOUNT) {
					bad.add(new InvalidInputException.Violation("lateBrackets[" + i + "]", "max",
							"At most 1440 minutes and " + MAX_AMOUNT + " so'm"));
				}
				if (b.minutesLate() <= previousMinutes || b.amount() <= previousAmount || b.amount() < 0) {
					bad.add(new InvalidInputException.Violation("lateBrackets[" + i + "]", "ascending",
							"Brackets go up in minutes and in amount"));
				}
				previousMinutes = b.minutesLate();
				previousAmount = b.amount();
			}
		}
		if (this.damagedKeepPercent < 0 || this.damagedKeepPercent > 100) {
			bad.add(new InvalidInputException.Violation("damagedKeepPercent", "range", "0 to 100"));
		}
		nonNegative(bad, "damagedRedeliveryCompensation", this.damagedRedeliveryCompensation);
		nonNegative(bad, "wrongOrderCompensation", this.wrongOrderCompensation);
		nonNegative(bad, "foodQualityCompensation", this.foodQualityCompensation);
		atMostMax(bad, "damagedRedeliveryCompensation", this.damagedRedeliveryCompensation);
		atMostMax(bad, "wrongOrderCompensation", this.wrongOrderCompensation);
		atMostMax(bad, "foodQualityCompensation", this.foodQualityCompensation);
		if (this.limits != null && !ROLES.containsAll(this.limits.keySet())) {
			bad.add(new InvalidInputException.Violation("limits", "roles", "Limits are set for " + ROLES + " only"));
		}
		for (String role : ROLES) {
			Limit limit = (this.limits != null) ? this.limits.get(role) : null;
			if (limit == null || limit.perAction() < 0 || limit.perShift() < limit.perAction()) {
				bad.add(new InvalidInputException.Violation("limits." + role, "limit",
						"Each role needs a per-action limit of 0 or more and a per-shift limit at least as high"));
			}
			else {
				atMostMax(bad, "limits." + role + ".perShift", limit.perShift());
			}
		}
		if (this.shiftHours < 1 || this.shiftHours > 24) {
			bad.add(new InvalidInputException.Violation("shiftHours", "range", "1 to 24 hours"));
		}
		if (this.abuse == null || this.abuse.claimsIn30Days() < 1 || this.abuse.compensatedIn30Days() < 0
				|| this.abuse.claimsPerOrder() < 1) {
			bad.add(new InvalidInputException.Violation("abuse", "thresholds", "Thresholds must be positive"));
		}
		else if (this.abuse.claimsIn30Days() > 1000 || this.abuse.claimsPerOrder() > 100
				|| this.abuse.compensatedIn30Days() > MAX_AMOUNT) {
			bad.add(new InvalidInputException.Violation("abuse", "max",
					"At most 1000 claims in 30 days, 100 per order, " + MAX_AMOUNT + " so'm"));
		}
		if (!bad.isEmpty()) {
			throw new InvalidInputException(bad);
		}
	}

	private static void atMostMax(List<InvalidInputException.Violation> bad, String field, long value) {
		if (value > MAX_AMOUNT) {
			bad.add(new InvalidInputException.Violation(field, "max", "At most " + MAX_AMOUNT + " so'm"));
		}
	}

	private static void nonNegative(List<InvalidInputException.Violation> bad, String field, long value) {
		if (value < 0) {
			bad.add(new InvalidInputException.Violation(field, "non-negative", "0 or more"));
		}
	}

}
