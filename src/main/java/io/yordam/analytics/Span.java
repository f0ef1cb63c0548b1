package io.yordam.analytics;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Local hours [from, to) as the rollups keep them: the whole local days within, read from
 * the daily rows, and the hours before and after them, read from the hourly rows. A
 * period of whole days is days only.
 */
record Span(LocalDateTime from, LocalDateTime to) {

	/** The first whole day: from's, when it starts at midnight. */
	LocalDate firstDay() {
		return this.from.toLocalTime().equals(LocalTime.MIDNIGHT) ? this.from.toLocalDate()
				: this.from.toLocalDate().plusDays(1);
	}

	/** The day after the last whole day. */
	LocalDate endDay() {
		return this.to.toLocalDate();
	}

	boolean hasDays() {
		return this.firstDay().isBefore(this.endDay());
	}

	/**
	 * The hours outside the whole days: before them, after them, or all when there are
	 * none.
	 */
	List<Span> hours() {
		if (!hasDays()) {
			return this.from.isBefore(this.to) ? List.of(this) : List.of();
		}
		List<Span> parts = new ArrayList<>();
		LocalDateTime daysFrom = firstDay().atStartOfDay();
		LocalDateTime daysTo = endDay().atStartOfDay();
		if (this.from.isBefore(daysFrom)) {
			parts.add(new Span(this.from, daysFrom));
		}
		if (daysTo.isBefore(this.to)) {
			parts.add(new Span(daysTo, this.to));
		}
		return parts;
	}

}
