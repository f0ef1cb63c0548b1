package io.yordam.analytics;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

import io.yordam.common.InvalidInputException;

/**
 * Whole local days, {@code from} inclusive, {@code to} exclusive; the dashboard's is the
 * last days up to and including today, compared with as many days before.
 */
record Period(LocalDate from, LocalDate to) {

	static final int MAX_DAYS = 92;

	static Period lastDays(int days, LocalDate today) {
		if (days < 1 || days > MAX_DAYS) {
			throw new InvalidInputException("days", "range", "1 to " + MAX_DAYS + " days");
		}
		return new Period(today.minusDays(days - 1), today.plusDays(1));
	}

	/** A period asked for by its dates (drill-down links), at most 92 days long. */
	static Period between(String from, String to) {
		LocalDate start = date("from", from);
		LocalDate end = date("to", to);
		if (!start.isBefore(end) || ChronoUnit.DAYS.between(start, end) > MAX_DAYS) {
			throw new InvalidInputException("to", "range", "after from, at most " + MAX_DAYS + " days");
		}
		return new Period(start, end);
	}

	int days() {
		return (int) ChronoUnit.DAYS.between(this.from, this.to);
	}

	public Period previous() {
		return new Period(this.from.minusDays(days()), this.from);
	}

	LocalDateTime fromHour() {
		return this.from.atStartOfDay();
	}

	LocalDateTime toHour() {
		return this.to.atStartOfDay();
	}

	private static LocalDate date(String field, String text) {
		try {
			return LocalDate.parse(text);
		}
		catch (RuntimeException ex) {
			throw new InvalidInputException(field, "date", "A date as 2025-01-31");
		}
	}

}
