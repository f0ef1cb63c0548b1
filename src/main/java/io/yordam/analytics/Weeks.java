package io.yordam.analytics;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * A period's days as the weekly rows read them: the whole local weeks (Monday to Sunday)
 * within it, and the days before and after them, read from the daily rows. A period with
 * no whole week is days only.
 *
 * @param weeks the whole weeks, from a Monday to a Monday; null when there are none
 * @param days the days outside them
 */
record Weeks(Period weeks, List<Period> days) {

	static LocalDate mondayOf(LocalDate day) {
		return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
	}

	static Weeks of(Period period) {
		LocalDate first = mondayOf(period.from().plusDays(6));
		LocalDate end = mondayOf(period.to());
		if (!first.isBefore(end)) {
			return new Weeks(null, List.of(period));
		}
		List<Period> days = new ArrayList<>();
		if (period.from().isBefore(first)) {
			days.add(new Period(period.from(), first));
		}
		if (end.isBefore(period.to())) {
			days.add(new Period(end, period.to()));
		}
		return new Weeks(new Period(first, end), days);
	}

}
