package io.yordam.analytics;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;

/**
 * Contacts opened in [from, to), as retention reads them: whole local days from their
 * rolled-up rows, and the moments between those days from the contacts.
 */
record RetentionSpan(Instant from, Instant to, ZoneId zone) {

	/** The first whole day: from's, when it starts at midnight. */
	LocalDate firstDay() {
		LocalDate day = LocalDate.ofInstant(this.from, this.zone);
		return start(day).equals(this.from) ? day : day.plusDays(1);
	}

	/** The day after the last whole day. */
	LocalDate endDay() {
		return LocalDate.ofInstant(this.to, this.zone);
	}

	/** The parts of the span outside the given whole days, in order. */
	List<RetentionSpan> besides(SortedSet<LocalDate> days) {
		List<RetentionSpan> parts = new ArrayList<>();
		Instant cursor = this.from;
		for (LocalDate day : days) {
			Instant start = start(day);
			if (cursor.isBefore(start)) {
				parts.add(new RetentionSpan(cursor, start, this.zone));
			}
			cursor = start(day.plusDays(1));
		}
		if (cursor.isBefore(this.to)) {
			parts.add(new RetentionSpan(cursor, this.to, this.zone));
		}
		return parts;
	}

	private Instant start(LocalDate day) {
		return day.atStartOfDay(this.zone).toInstant();
	}

}
