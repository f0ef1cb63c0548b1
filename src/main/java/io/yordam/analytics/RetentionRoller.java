package io.yordam.analytics;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.stereotype.Component;

/**
 * Recomputes retention's days ({@link RetentionDays}) marked stale, back to the longest
 * period a page shows; older days are forgotten. Run by the persisted task
 * {@code analytics-retention} on one node at a time. Each day is its own transaction: a
 * day of contacts is a few thousand rows.
 */
@Component
class RetentionRoller {

	private final RetentionDays days;

	private final ReportZone zone;

	private final Clock clock;

	RetentionRoller(RetentionDays days, ReportZone zone, Clock clock) {
		this.days = days;
		this.zone = zone;
		this.clock = clock;
	}

	/** Today's and the days a page may show: the days recomputed. */
	int roll() {
		LocalDate today = this.zone.dayOf(this.clock.instant());
		LocalDate horizon = today.minusDays(Period.MAX_DAYS);
		this.days.forget(horizon);
		return roll(horizon, today);
	}

	/**
	 * The days from {@code first} to {@code last} marked stale: how many. A day never
	 * marked has no contact (the migration marked the days of those before it), and is
	 * read from its contacts, which is nothing to read.
	 */
	int roll(LocalDate first, LocalDate last) {
		Set<LocalDate> due = new TreeSet<>(this.days.stale(first, last));
		for (LocalDate day : due) {
			this.days.recompute(day);
		}
		return due.size();
	}

}
