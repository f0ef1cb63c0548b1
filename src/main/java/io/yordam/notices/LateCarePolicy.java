package io.yordam.notices;

import java.util.List;

import io.yordam.incidents.PlaybookSettings;

/**
 * How much a late order is credited before the customer complains: the late-delivery
 * playbook's bracket its lateness reaches, within the bot's per-action limit, and nothing
 * for a customer whose compensation in 30 days already reaches the abuse threshold. The
 * city's daily budget is counted in the database after this ({@link LateCare}).
 */
final class LateCarePolicy {

	enum Outcome {

		CREDITED, OFF, NOT_LATE_ENOUGH, ABUSE, OVER_BUDGET

	}

	record Decision(Outcome outcome, long amount) {

		static Decision not(Outcome why) {
			return new Decision(why, 0);
		}

	}

	private LateCarePolicy() {
	}

	static Decision decide(boolean on, long minutesLate, PlaybookSettings playbook, long paidIn30Days) {
		if (!on) {
			return Decision.not(Outcome.OFF);
		}
		long amount = bracketAmount(minutesLate, playbook.lateBrackets());
		if (amount <= 0) {
			return Decision.not(Outcome.NOT_LATE_ENOUGH);
		}
		long abuseCap = playbook.abuse().compensatedIn30Days();
		if (paidIn30Days + amount > abuseCap) {
			return Decision.not(Outcome.ABUSE);
		}
		long botLimit = playbook.limitOf(io.yordam.incidents.Acting.Role.BOT).perAction();
		// The bot's per-action limit caps what Yordam pays on its own; none: it pays
		// nothing.
		return (botLimit <= 0) ? Decision.not(Outcome.OFF) : new Decision(Outcome.CREDITED, Math.min(amount, botLimit));
	}

	/** The highest bracket reached pays (0 below the first). */
	static long bracketAmount(long minutesLate, List<PlaybookSettings.Bracket> brackets) {
		long amount = 0;
		for (PlaybookSettings.Bracket bracket : brackets) {
			if (minutesLate >= bracket.minutesLate()) {
				amount = bracket.amount();
			}
		}
		return amount;
	}

}
