package io.yordam.analytics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Reads a dimension's values over a period's days from the daily (and weekly) rows, by
 * the key's prefix (the dimension, a metric, the days): a cut reads only its metrics. The
 * days are written into the query, so that the database plans for those days rather than
 * reuse a plan made for any range.
 */
@Repository
class CutReader {

	private final JdbcTemplate jdbc;

	CutReader(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Per value, the count and sum of each metric (no buckets): what ranks a cut and
	 * judges the recurring problems. Whole weeks are read from the weekly rows, the days
	 * around them from the daily rows; one row a value comes back.
	 */
	Map<String, Totals> counts(Dimension dim, Period period, List<Metric> metrics) {
		Weeks split = Weeks.of(period);
		List<String> parts = new ArrayList<>();
		for (Period days : split.days()) {
			parts.add("select dim_value, metric, n, total from analytics_daily where "
					+ where(dim, "local_day", days, metrics));
		}
		if (split.weeks() != null) {
			parts.add("select dim_value, metric, n, total from analytics_weekly where "
					+ where(dim, "week_start", split.weeks(), metrics));
		}
		StringBuilder sums = new StringBuilder();
		for (Metric metric : metrics) {
			sums.append(
					", sum(case when metric = '%1$s' then n else 0 end), sum(case when metric = '%1$s' then total else 0 end)"
						.formatted(metric.name()));
		}
		Map<String, Totals> byValue = new LinkedHashMap<>();
		this.jdbc.query(
				"select dim_value" + sums + " from (" + String.join(" union all ", parts) + ") r group by dim_value",
				rs -> {
					Totals totals = byValue.computeIfAbsent(rs.getString(1), v -> new Totals());
					for (int i = 0; i < metrics.size(); i++) {
						totals.add(metrics.get(i), 0, rs.getLong(2 + 2 * i), rs.getLong(3 + 2 * i));
					}
				}, Collections.nCopies(parts.size(), dim.name()).toArray());
		return byValue;
	}

	/** Every value of a dimension, in no particular order. */
	Map<String, Totals> cut(Dimension dim, Period period, List<Metric> metrics) {
		return cut(dim, period, metrics, List.of());
	}

	/** These values of a dimension (all when none is named), in no particular order. */
	Map<String, Totals> cut(Dimension dim, Period period, List<Metric> metrics, List<String> values) {
		String only = values.isEmpty() ? ""
				: " and dim_value in (" + String.join(",", Collections.nCopies(values.size(), "?")) + ")";
		List<Object> args = new ArrayList<>(List.of(dim.name()));
		args.addAll(values);
		Map<String, Totals> byValue = new LinkedHashMap<>();
		this.jdbc.query(
				"select dim_value, metric, bucket, sum(n), sum(total) from analytics_daily where "
						+ where(dim, "local_day", period, metrics) + only + " group by dim_value, metric, bucket",
				rs -> {
					RollupReader.add(byValue.computeIfAbsent(rs.getString(1), v -> new Totals()), rs, 2);
				}, args.toArray());
		return byValue;
	}

	private static String where(Dimension dim, String slot, Period period, List<Metric> metrics) {
		String in = String.join(",", metrics.stream().map(m -> "'" + m.name() + "'").toList());
		return "dim = ? and metric in (" + in + ") and " + slot + " >= date '" + period.from() + "' and " + slot
				+ " < date '" + period.to() + "'";
	}

}
