package io.yordam.reputation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.simple.JdbcClient;

import io.yordam.common.InvalidInputException;

/**
 * The reviews list's filters, each optional: the source, the most stars, the reason (an
 * intent's wire name), and only those still without a public answer.
 */
record ReviewFilter(ReviewSource source, Integer maxRating, String reason, boolean unanswered) {

	static ReviewFilter parse(String source, Integer maxRating, String reason, boolean unanswered) {
		ReviewSource parsed = null;
		if (source != null && !source.isBlank()) {
			try {
				parsed = ReviewSource.valueOf(source.strip().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				throw new InvalidInputException("source", "one-of",
						"One of APP_STORE, GOOGLE_PLAY, YANDEX_MAPS, GOOGLE_MAPS, IN_APP, OTHER");
			}
		}
		if (maxRating != null && (maxRating < 1 || maxRating > 5)) {
			throw new InvalidInputException("maxRating", "range", "1 to 5");
		}
		String why = (reason == null || reason.isBlank()) ? null : reason.strip().toLowerCase(Locale.ROOT);
		if (why != null && !why.matches("[a-z_]{1,32}")) {
			throw new InvalidInputException("reason", "pattern", "An intent's wire name, such as delivery_late");
		}
		return new ReviewFilter(parsed, maxRating, why, unanswered);
	}

	String sql() {
		List<String> parts = new ArrayList<>(List.of("1 = 1"));
		if (this.source != null) {
			parts.add("source = :source");
		}
		if (this.maxRating != null) {
			parts.add("rating <= :maxRating");
		}
		if (this.reason != null) {
			parts.add("reason = :reason");
		}
		if (this.unanswered) {
			parts.add("answer_text is null");
		}
		return String.join(" and ", parts);
	}

	JdbcClient.StatementSpec where(JdbcClient.StatementSpec spec) {
		if (this.source != null) {
			spec = spec.param("source", this.source.name());
		}
		if (this.maxRating != null) {
			spec = spec.param("maxRating", this.maxRating);
		}
		if (this.reason != null) {
			spec = spec.param("reason", this.reason);
		}
		return spec;
	}

}
