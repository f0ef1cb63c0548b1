package io.yordam.analytics;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Reads the rollups: grouped sums over a range of local hours, by the primary key's
 * prefix (a dimension's value and its hours) or the cut index (a dimension's hours).
 */
@Repository
class RollupReader {

	private final JdbcTemplate jdbc;

	RollupReader(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** One dimension's value (the desk: ALL, *) over [from, to). */
	Totals of(Dimension dim, String value, LocalDateTime from, LocalDateTime to) {
		Totals totals = new Totals();
		this.jdbc.query("select metric, bucket, sum(n), sum(total) from analytics_rollups where dim = ? "
				+ "and dim_value = ? and local_hour >= ? and local_hour < ? group by metric, bucket", rs -> {
					totals.add(Metric.valueOf(rs.getString(1)), rs.getInt(2), rs.getLong(3), rs.getLong(4));
				}, dim.name(), value, Timestamp.valueOf(from), Timestamp.valueOf(to));
		return totals;
	}

	/** Every value of a dimension over [from, to), in no particular order. */
	Map<String, Totals> cut(Dimension dim, LocalDateTime from, LocalDateTime to, List<Metric> metrics) {
		Map<String, Totals> byValue = new LinkedHashMap<>();
		String in = String.join(",", metrics.stream().map(m -> "'" + m.name() + "'").toList());
		this.jdbc.query("select dim_value, metric, bucket, sum(n), sum(total) from analytics_rollups where dim = ? "
				+ "and local_hour >= ? and local_hour < ? and metric in (" + in + ") "
				+ "group by dim_value, metric, bucket", rs -> {
					byValue.computeIfAbsent(rs.getString(1), v -> new Totals())
						.add(Metric.valueOf(rs.getString(2)), rs.getInt(3), rs.getLong(4), rs.getLong(5));
				}, dim.name(), Timestamp.valueOf(from), Timestamp.valueOf(to));
		return byValue;
	}

	/** One value's totals per local hour over [from, to), in order. */
	Map<LocalDateTime, Totals> hourly(Dimension dim, String value, LocalDateTime from, LocalDateTime to) {
		Map<LocalDateTime, Totals> byHour = new TreeMap<>();
		this.jdbc.query("select local_hour, metric, bucket, sum(n), sum(total) from analytics_rollups where dim = ? "
				+ "and dim_value = ? and local_hour >= ? and local_hour < ? group by local_hour, metric, bucket",
				rs -> {
					byHour.computeIfAbsent(rs.getTimestamp(1).toLocalDateTime(), h -> new Totals())
						.add(Metric.valueOf(rs.getString(2)), rs.getInt(3), rs.getLong(4), rs.getLong(5));
				}, dim.name(), value, Timestamp.valueOf(from), Timestamp.valueOf(to));
		return byHour;
	}

	/**
	 * The desk's backlog at a moment: contacts and reopenings in, solutions and merges
	 * out, over every hour before it.
	 */
	long backlogAt(LocalDateTime hour) {
		Long open = this.jdbc.queryForObject(
				"select coalesce(sum(case when metric in ('CONTACTS', 'REOPENED') "
						+ "then n else -n end), 0) from analytics_rollups where dim = 'ALL' and dim_value = '*' "
						+ "and local_hour < ? and metric in ('CONTACTS', 'REOPENED', 'RESOLVED', 'MERGED')",
				Long.class, Timestamp.valueOf(hour));
		return (open != null) ? Math.max(0, open) : 0;
	}

}
