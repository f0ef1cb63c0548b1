package io.yordam.incidents;

/**
 * May the one who offered it pay this option without a supervisor? Above their role's
 * limit per action, or beyond what is left of their shift's limit, or on a flagged claim:
 * a supervisor decides. A cost below 0 (an amount gone wrong: an overflow, a negative
 * price) is never paid, by anyone: it is refused before any limit is read.
 */
final class CompensationLimitPolicy {

	sealed interface Decision {

	}

	record Allowed() implements Decision {
	}

	record NeedsApproval(String reason) implements Decision {
	}

	/** Not to be paid at all: no supervisor can approve it either. */
	record Refused(String reason) implements Decision {
	}

	static Decision check(long cost, PlaybookSettings.Limit limit, long paidThisShift, AbuseSignals signals) {
		if (cost < 0) {
			return new Refused("invalid-amount");
		}
		if (cost == 0) {
			return new Allowed();
		}
		if (signals.flagged()) {
			return new NeedsApproval("abuse-signal");
		}
		if (cost > limit.perAction()) {
			return new NeedsApproval("over-action-limit");
		}
		if (paidThisShift + cost > limit.perShift()) {
			return new NeedsApproval("over-shift-limit");
		}
		return new Allowed();
	}

	private CompensationLimitPolicy() {
	}

}
