package io.yordam.analytics;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Reads one value's rollups (the desk is the value {@code *} of ALL): grouped sums over
 * whole local days from the daily rows, and over hours (today's trend, the hours around a
 * period's whole days) from the hourly rows, each by its own index on the value. Every
 * value of a dimension is {@link CutReader}'s.
 */
@Repository
class RollupReader {

	private final JdbcTemplate jdbc;

	RollupReader(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** One dimension's value (the desk: ALL, *) over the local hours [from, to). */
	Totals of(Dimension dim, String value, LocalDateTime from, LocalDateTime to) {
		Totals totals = new Totals();
		Span span = new Span(from, to);
		if (span.hasDays()) {
			this.jdbc.query("select metric, bucket, sum(n), sum(total) from analytics_daily where dim = ? "
					+ "and dim_value = ? and local_day >= ? and local_day < ? group by metric, bucket", rs -> {
						add(totals, rs, 1);
					}, dim.name(), value, Date.valueOf(span.firstDay()), Date.valueOf(span.endDay()));
		}
		for (Span hours : span.hours()) {
			this.jdbc.query(
					"select metric, bucket, sum(n), sum(total) from analytics_rollups where dim = ? "
							+ "and dim_value = ? and local_hour >= ? and local_hour < ? group by metric, bucket",
					rs -> {
						add(totals, rs, 1);
					}, dim.name(), value, Timestamp.valueOf(hours.from()), Timestamp.valueOf(hours.to()));
		}
		return totals;
	}

	/**
	 * One value's totals per local day of the period, in order (days with none left out).
	 */
	Map<LocalDate, Totals> daily(Dimension dim, String value, Period period) {
		Map<LocalDate, Totals> byDay = new TreeMap<>();
		this.jdbc.query(
				"select local_day, metric, bucket, sum(n), sum(total) from analytics_daily where dim = ? "
						+ "and dim_value = ? and local_day >= ? and local_day < ? group by local_day, metric, bucket",
				rs -> {
					add(byDay.computeIfAbsent(rs.getDate(1).toLocalDate(), d -> new Totals()), rs, 2);
				}, dim.name(), value, Date.valueOf(period.from()), Date.valueOf(period.to()));
		return byDay;
	}

	/**
	 * One value's totals per local hour over [from, to), in order (hours with none left
	 * out).
	 */
	Map<LocalDateTime, Totals> hourly(Dimension dim, String value, LocalDateTime from, LocalDateTime to) {
		Map<LocalDateTime, Totals> byHour = new TreeMap<>();
		this.jdbc.query("select local_hour, metric, bucket, sum(n), sum(total) from analytics_rollups where dim = ? "
				+ "and dim_value = ? and local_hour >= ? and local_hour < ? group by local_hour, metric, bucket",
				rs -> {
					add(byHour.computeIfAbsent(rs.getTimestamp(1).toLocalDateTime(), h -> new Totals()), rs, 2);
				}, dim.name(), value, Timestamp.valueOf(from), Timestamp.valueOf(to));
		return byHour;
	}

	/**
	 * The desk's backlog at the start of a local hour: contacts and reopenings in,
	 * solutions and merges out, over every day before it and that day's hours before it.
	 */
	long backlogAt(LocalDateTime hour) {
		String open = "select coalesce(sum(case when metric in ('CONTACTS', 'REOPENED') then n else -n end), 0) "
				+ "from %s where dim = 'ALL' and dim_value = '*' "
				+ "and metric in ('CONTACTS', 'REOPENED', 'RESOLVED', 'MERGED') and %s";
		Long days = this.jdbc.queryForObject(open.formatted("analytics_daily", "local_day < ?"), Long.class,
				Date.valueOf(hour.toLocalDate()));
		Long hours = this.jdbc.queryForObject(open.formatted("analytics_rollups", "local_hour >= ? and local_hour < ?"),
				Long.class, Timestamp.valueOf(hour.toLocalDate().atStartOfDay()), Timestamp.valueOf(hour));
		return Math.max(0, ((days != null) ? days : 0) + ((hours != null) ? hours : 0));
	}

	/**
	 * Adds a row's metric, bucket, count and sum, read from the column at {@code first}.
	 */
	static void add(Totals totals, ResultSet rs, int first) throws SQLException {
		totals.add(Metric.valueOf(rs.getString(first)), rs.getInt(first + 1), rs.getLong(first + 2),
				rs.getLong(first + 3));
	}

}
