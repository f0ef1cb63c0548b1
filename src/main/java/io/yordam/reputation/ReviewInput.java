package io.yordam.reputation;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.yordam.common.InvalidInputException.Violation;

/**
 * One review as an import sends it (a JSON object, a CSV row), every field as written:
 * {@link #check} turns it into a {@link NewReview} or names each broken field under its
 * path ({@code reviews[2].rating}, {@code rows[3].posted_at}).
 */
record ReviewInput(String source, String externalId, String rating, String text, String authorName, String postedAt,
		String customerId, String orderId, String phone) {

	static final int MAX_TEXT = 4000;

	/** A review dated further ahead than this is a clock or a format gone wrong. */
	private static final Duration AHEAD = Duration.ofDays(1);

	private static final Instant EARLIEST = Instant.parse("2008-01-01T00:00:00Z");

	/**
	 * @param names the field names of the format ({@code externalId} in JSON,
	 * {@code external_id} in CSV), in the order source, external id, rating, text, author
	 * name, posted at, customer id, order id, phone
	 */
	Optional<NewReview> check(String at, List<String> names, Instant now, List<Violation> violations) {
		int before = violations.size();
		ReviewSource parsedSource = null;
		try {
			parsedSource = (this.source == null) ? null
					: ReviewSource.valueOf(this.source.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			violations.add(new Violation(at + names.get(0), "one-of",
					"One of APP_STORE, GOOGLE_PLAY, YANDEX_MAPS, GOOGLE_MAPS, IN_APP, OTHER"));
		}
		if (this.source == null || this.source.isBlank()) {
			violations.add(new Violation(at + names.get(0), "required", "The review's source"));
		}
		String id = text(this.externalId, 200, at + names.get(1), true, violations);
		Integer stars = stars(at + names.get(2), violations);
		String body = text(this.text, MAX_TEXT, at + names.get(3), false, violations);
		String author = text(this.authorName, 200, at + names.get(4), false, violations);
		Instant posted = ReviewTimes.parse(this.postedAt, at + names.get(5), violations);
		if (posted != null && (posted.isAfter(now.plus(AHEAD)) || posted.isBefore(EARLIEST))) {
			violations.add(new Violation(at + names.get(5), "range", "Between 2008 and tomorrow"));
		}
		String customer = text(this.customerId, 64, at + names.get(6), false, violations);
		String order = text(this.orderId, 64, at + names.get(7), false, violations);
		String phoneText = text(this.phone, 32, at + names.get(8), false, violations);
		if (violations.size() > before) {
			return Optional.empty();
		}
		return Optional.of(new NewReview(parsedSource, id, stars, body, author, posted, customer, order, phoneText));
	}

	private Integer stars(String field, List<Violation> violations) {
		if (this.rating == null || this.rating.isBlank()) {
			violations.add(new Violation(field, "required", "A rating of 1 to 5"));
			return null;
		}
		String value = this.rating.strip();
		if (!value.matches("[1-5]")) {
			violations.add(new Violation(field, "range", "A whole number of stars, 1 to 5"));
			return null;
		}
		return Integer.parseInt(value);
	}

	/** Stripped, blank as null; control characters other than line breaks refused. */
	private static String text(String value, int max, String field, boolean required, List<Violation> violations) {
		String stripped = (value == null) ? "" : value.strip();
		if (stripped.isEmpty()) {
			if (required) {
				violations.add(new Violation(field, "required", "Required"));
			}
			return null;
		}
		if (stripped.codePointCount(0, stripped.length()) > max) {
			violations.add(new Violation(field, "length", "At most " + max + " characters"));
		}
		else if (stripped.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
			violations.add(new Violation(field, "control-characters", "Must not contain control characters"));
		}
		return stripped;
	}

}
