package io.yordam.incidents;

/**
 * May the one who offered it pay this option without a supervisor? Above their role's
 * limit per action, or beyond what is left of their shift's limit, or on a flagged claim:
 * a supervisor decides.
 */
final class CompensationLimitPolicy {

	sealed interface Decision {

	}

	record Allowed() implements Decision {
	}

	record NeedsApproval(String reason) implements Decision {
	}

	static Decision check(long cost, PlaybookSettings.Limit limit, long paidThisShift, AbuseSignals signals) {
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
