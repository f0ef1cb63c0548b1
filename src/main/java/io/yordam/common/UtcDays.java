package io.yordam.common;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** A report's day parameter ("2026-11-23"): the start of that day in UTC. */
public final class UtcDays {

	private UtcDays() {
	}

	/**
	 * @throws InvalidInputException naming {@code field} when it is not a date
	 */
	public static Instant start(String field, String value) {
		try {
			return LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
		}
		catch (DateTimeParseException ex) {
			throw new InvalidInputException(field, "date", "A date like 2026-11-23");
		}
	}

}
