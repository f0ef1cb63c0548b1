package io.yordam.reputation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;

import io.yordam.common.InvalidInputException.Violation;

/**
 * When a review was posted, as the stores export it: an instant
 * ({@code 2025-03-01T09:30:00Z}), a time with an offset
 * ({@code 2025-03-01T14:30:00+05:00}) or a day alone ({@code 2025-03-01}, taken as
 * midnight in Tashkent). Weeks are Tashkent's too.
 */
final class ReviewTimes {

	static final ZoneId ZONE = ZoneId.of("Asia/Tashkent");

	private ReviewTimes() {
	}

	static Instant parse(String value, String field, List<Violation> violations) {
		if (value == null || value.isBlank()) {
			violations.add(new Violation(field, "required", "When the review was posted"));
			return null;
		}
		String text = value.strip();
		try {
			if (text.length() == 10) {
				return LocalDate.parse(text).atStartOfDay(ZONE).toInstant();
			}
			return OffsetDateTime.parse(text).toInstant();
		}
		catch (DateTimeParseException ex) {
			violations.add(new Violation(field, "date-time",
					"An ISO date-time with its offset (2025-03-01T09:30:00Z) or a day (2025-03-01)"));
			return null;
		}
	}

}
