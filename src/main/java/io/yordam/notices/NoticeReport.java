package io.yordam.notices;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Does telling work (issue 17 §4)? Per kind of notice, the orders told and those held out
 * and how many of each one's customers still contacted support within the hour; and what
 * late care cost per day and city.
 *
 * @param from the period's first day (in the policy's zone)
 * @param to its last day
 * @param holdoutPercent the holdout in force now (0: nothing to compare with)
 */
public record NoticeReport(LocalDate from, LocalDate to, int days, int holdoutPercent, List<KindRow> kinds,
		List<CareRow> care, Instant at) {

	/** Fewer held-out orders than this make a difference too uncertain to act on. */
	static final int FEW = 30;

	/**
	 * One kind's comparison.
	 *
	 * @param told orders told this kind in the period
	 * @param toldContacted of those, whose customer contacted support within the hour
	 * @param heldOut orders the holdout kept it from
	 * @param heldOutContacted of those, whose customer contacted support within the hour
	 */
	public record KindRow(NoticeKind kind, long told, long toldContacted, long heldOut, long heldOutContacted) {

		/** Percent of told orders followed by a contact, or null without any. */
		public Double toldShare() {
			return share(this.toldContacted, this.told);
		}

		public Double heldOutShare() {
			return share(this.heldOutContacted, this.heldOut);
		}

		/**
		 * Contacts the notice saved per 100 orders told (the held-out share minus the
		 * told one, in points): positive when telling kept customers from writing,
		 * negative when it made them write (a delivery's "something wrong?" invites it).
		 * Null without both groups.
		 */
		public Double deflection() {
			Double told = toldShare();
			Double held = heldOutShare();
			return (told != null && held != null) ? held - told : null;
		}

		public boolean few() {
			return this.heldOut < FEW;
		}

		private static Double share(long part, long whole) {
			return (whole == 0) ? null : Math.round(part * 1000.0 / whole) / 10.0;
		}

	}

	/**
	 * Late care in a city on a day: orders credited, so'm paid, and refused for budget.
	 */
	public record CareRow(LocalDate day, String city, long credited, long amount, long overBudget) {
	}

	public long careTotal() {
		return this.care.stream().mapToLong(CareRow::amount).sum();
	}

	public boolean empty() {
		return this.kinds.stream().allMatch(k -> k.told() == 0 && k.heldOut() == 0);
	}

}
