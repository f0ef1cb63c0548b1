package io.yordam.sla;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Counts a target's time on a line's calendar: around the clock, or only within business
 * hours and never on a holiday. Due instants are computed here, so a ticket written at
 * closing time is due the next working morning.
 */
final class SlaCalendar {

	static final ZoneId ZONE = ZoneId.of("Asia/Tashkent");

	/** A guard: a calendar with no working day at all would otherwise never end. */
	private static final int MAX_DAYS = 800;

	private final BusinessHours hours;

	private SlaCalendar(BusinessHours hours) {
		this.hours = hours;
	}

	static SlaCalendar twentyFourSeven() {
		return new SlaCalendar(null);
	}

	static SlaCalendar of(BusinessHours hours) {
		return (hours == null || hours.days().isEmpty()) ? twentyFourSeven() : new SlaCalendar(hours);
	}

	/**
	 * The instant when {@code working} time has passed on the calendar since
	 * {@code from}.
	 */
	Instant plus(Instant from, Duration working) {
		if (this.hours == null || working.isNegative()) {
			return from.plus(working);
		}
		Instant at = from;
		Duration left = working;
		// From the day before: a night shift's window may reach into this day.
		LocalDate day = at.atZone(ZONE).toLocalDate().minusDays(1);
		for (int i = 0; i < MAX_DAYS; i++, day = day.plusDays(1)) {
			Window window = window(day);
			if (window == null || !window.end().isAfter(at)) {
				continue;
			}
			Instant start = at.isAfter(window.start()) ? at : window.start();
			Duration available = Duration.between(start, window.end());
			if (left.compareTo(available) <= 0) {
				return start.plus(left);
			}
			left = left.minus(available);
			at = window.end();
		}
		throw new IllegalStateException("The calendar has no working time within " + MAX_DAYS + " days");
	}

	/**
	 * The working time on the calendar between two instants (zero if {@code to} is
	 * earlier).
	 */
	Duration between(Instant from, Instant to) {
		if (!to.isAfter(from)) {
			return Duration.ZERO;
		}
		if (this.hours == null) {
			return Duration.between(from, to);
		}
		Duration total = Duration.ZERO;
		LocalDate day = from.atZone(ZONE).toLocalDate().minusDays(1);
		LocalDate last = to.atZone(ZONE).toLocalDate();
		for (int i = 0; i < MAX_DAYS && !day.isAfter(last); i++, day = day.plusDays(1)) {
			Window window = window(day);
			if (window == null) {
				continue;
			}
			Instant start = from.isAfter(window.start()) ? from : window.start();
			Instant end = to.isBefore(window.end()) ? to : window.end();
			if (end.isAfter(start)) {
				total = total.plus(Duration.between(start, end));
			}
		}
		return total;
	}

	private Window window(LocalDate day) {
		if (!this.hours.days().contains(day.getDayOfWeek()) || this.hours.holidays().contains(day)) {
			return null;
		}
		ZonedDateTime opens = day.atTime(this.hours.opens()).atZone(ZONE);
		// Closing at or before opening means closing after midnight (a night shift).
		ZonedDateTime closes = this.hours.closes().isAfter(this.hours.opens())
				? day.atTime(this.hours.closes()).atZone(ZONE)
				: day.plusDays(1).atTime(this.hours.closes()).atZone(ZONE);
		return new Window(opens.toInstant(), closes.toInstant());
	}

	private record Window(Instant start, Instant end) {
	}

}
