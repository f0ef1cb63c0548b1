package io.yordam.reputation;

import java.io.IOException;
import java.io.Writer;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.yordam.access.OperatorPrincipal;
import io.yordam.access.StaffAction;
import io.yordam.common.InvalidInputException;

/**
 * Supervisors' view of reputation: the weekly rating per source and the reasons behind
 * low ratings, from the day column (a few hundred rows at most for a year of weeks, six
 * sources).
 */
@Service
class ReputationReports {

	private final JdbcClient jdbc;

	private final NegativeReviewPolicy policy;

	private final Clock clock;

	ReputationReports(JdbcClient jdbc, NegativeReviewPolicy policy, Clock clock) {
		this.jdbc = jdbc;
		this.policy = policy;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	ReputationReport of(int weeks, OperatorPrincipal viewer) {
		viewer.require(StaffAction.SEE_REPUTATION);
		if (weeks < 1 || weeks > 52) {
			throw new InvalidInputException("weeks", "range", "1 to 52 weeks");
		}
		LocalDate thisWeek = LocalDate.now(this.clock.withZone(ReviewTimes.ZONE))
			.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		LocalDate since = thisWeek.minusWeeks(weeks - 1);
		List<LocalDate> starts = new ArrayList<>();
		for (LocalDate w = since; !w.isAfter(thisWeek); w = w.plusWeeks(1)) {
			starts.add(w);
		}
		Map<ReviewSource, Map<LocalDate, long[]>> sums = new EnumMap<>(ReviewSource.class);
		this.jdbc.sql("""
				select source, posted_on, count(*), sum(rating) from reviews where posted_on >= :since
				group by source, posted_on""").param("since", since).query(rs -> {
			LocalDate week = rs.getObject(2, LocalDate.class).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
			long[] sum = sums.computeIfAbsent(ReviewSource.valueOf(rs.getString(1)), s -> new TreeMap<>())
				.computeIfAbsent(week, w -> new long[2]);
			sum[0] += rs.getLong(3);
			sum[1] += rs.getLong(4);
		});
		List<ReputationReport.SourceTrend> trends = new ArrayList<>();
		sums.forEach((source, byWeek) -> {
			List<ReputationReport.WeekPoint> points = starts.stream().map(w -> {
				long[] sum = byWeek.getOrDefault(w, new long[2]);
				return new ReputationReport.WeekPoint(w, sum[0], average(sum));
			}).toList();
			long[] all = byWeek.values()
				.stream()
				.reduce(new long[2], (a, b) -> new long[] { a[0] + b[0], a[1] + b[1] });
			trends.add(new ReputationReport.SourceTrend(source, points, all[0], average(all)));
		});
		List<ReputationReport.ReasonCount> reasons = this.jdbc.sql("""
				select reason, count(*) from reviews where posted_on >= :since and rating <= :low
				group by reason order by count(*) desc, reason""")
			.param("since", since)
			.param("low", this.policy.negativeAtMost())
			.query((rs, i) -> new ReputationReport.ReasonCount(rs.getString(1), rs.getLong(2)))
			.list();
		long low = reasons.stream().mapToLong(ReputationReport.ReasonCount::reviews).sum();
		return new ReputationReport(weeks, this.policy.negativeAtMost(), starts, trends, reasons, low);
	}

	/** The table's name, checked before anything is written. */
	static String table(String table) {
		String name = (table == null) ? "" : table.strip().toLowerCase(Locale.ROOT);
		if (!name.equals("trend") && !name.equals("reasons")) {
			throw new InvalidInputException("table", "one-of", "trend or reasons");
		}
		return name;
	}

	/** One table of the report as CSV: {@code trend} or {@code reasons}. */
	void csv(ReputationReport report, String table, Writer out) throws IOException {
		switch (table(table)) {
			case "trend" -> {
				out.write("week,source,reviews,average_rating\r\n");
				for (ReputationReport.SourceTrend trend : report.trends()) {
					for (ReputationReport.WeekPoint point : trend.points()) {
						out.write(point.week() + "," + trend.source() + "," + point.reviews() + ","
								+ ((point.average() != null) ? String.format(Locale.ROOT, "%.2f", point.average()) : "")
								+ "\r\n");
					}
				}
			}
			case "reasons" -> {
				out.write("reason,reviews\r\n");
				for (ReputationReport.ReasonCount reason : report.reasons()) {
					out.write(((reason.reason() != null) ? reason.reason() : "") + "," + reason.reviews() + "\r\n");
				}
			}
			default -> throw new IllegalStateException(table);
		}
		out.flush();
	}

	private static Double average(long[] sum) {
		return (sum[0] == 0) ? null : Math.round(sum[1] * 100.0 / sum[0]) / 100.0;
	}

}
