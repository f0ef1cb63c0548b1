package io.yordam.reputation;

import java.time.LocalDate;
import java.util.List;

/**
 * The rating trend per source by week (Mondays, Tashkent) and the reasons behind the low
 * ratings of the same weeks. A week without reviews of a source has a null average.
 * {@code reason} is an intent's wire name, or null for reviews whose words gave none.
 */
record ReputationReport(int weeks, int negativeAtMost, List<LocalDate> weekStarts, List<SourceTrend> trends,
		List<ReasonCount> reasons, long lowRated) {

	record SourceTrend(ReviewSource source, List<WeekPoint> points, long reviews, Double average) {
	}

	record WeekPoint(LocalDate week, long reviews, Double average) {
	}

	record ReasonCount(String reason, long reviews) {
	}

	public boolean empty() {
		return this.trends.isEmpty();
	}

}
