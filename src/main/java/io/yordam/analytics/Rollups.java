package io.yordam.analytics;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rollups' one way in: hourly, daily and weekly. A feed calls {@link #once} with a
 * key naming the fact (a ticket's first response, a rating) and, when it is new,
 * {@link #add} for what it contributes, in the same transaction: a redelivered event, or
 * its twin racing, finds the key and adds nothing, and a failure rolls the key back with
 * the sums.
 * <p>
 * Counts are raised in the database (never read and written back): an update, or the
 * insert of a new row, or, when a concurrent writer inserted it first, the update again.
 */
@Repository
class Rollups {

	private static final Grain HOURS = new Grain("analytics_rollups", "local_hour", true);

	private static final Grain DAYS = new Grain("analytics_daily", "local_day", true);

	private static final Grain WEEKS = new Grain("analytics_weekly", "week_start", false);

	private final JdbcTemplate jdbc;

	private final ReportZone zone;

	Rollups(JdbcTemplate jdbc, ReportZone zone) {
		this.jdbc = jdbc;
		this.zone = zone;
	}

	/**
	 * Whether this call is the first to record the fact (false: it was recorded before,
	 * or a concurrent transaction holds it and this one must not add it again).
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	boolean once(String factKey, Instant at) {
		return Sql.insertOnce(this.jdbc, "insert into analytics_facts (fact_key, applied_at) values (?, ?)", factKey,
				Sql.at(at));
	}

	/**
	 * Adds a value to a metric in the local hour of {@code at}, its local day and its
	 * local week, under every dimension value given: one to the count, the value to the
	 * sum, and to its bucket for a timed metric (hours and days; a week keeps counts and
	 * sums only). A day's row is the sum of its hours' rows, a week's of its days',
	 * because the same transaction raises them all.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	void add(Metric metric, Instant at, Dimensions dims, long value) {
		LocalDateTime hour = this.zone.hourOf(at);
		LocalDate day = hour.toLocalDate();
		int bucket = metric.bucketOf(value);
		for (Map.Entry<Dimension, String> dim : dims.values().entrySet()) {
			raise(HOURS, Timestamp.valueOf(hour), metric, dim, bucket, value);
			raise(DAYS, Date.valueOf(day), metric, dim, bucket, value);
			raise(WEEKS, Date.valueOf(Weeks.mondayOf(day)), metric, dim, 0, value);
		}
	}

	private void raise(Grain grain, Object slot, Metric metric, Map.Entry<Dimension, String> dim, int bucket,
			long amount) {
		List<Object> key = new ArrayList<>(List.of(dim.getKey().name(), dim.getValue(), slot, metric.name()));
		if (grain.bucketed()) {
			key.add(bucket);
		}
		if (update(grain, key, amount) == 1) {
			return;
		}
		List<Object> row = new ArrayList<>(key);
		row.add(amount);
		boolean inserted = Sql.insertOnce(this.jdbc,
				"insert into " + grain.table() + " (dim, dim_value, " + grain.slot() + ", metric"
						+ (grain.bucketed() ? ", bucket" : "") + ", n, total) values (?, ?, ?, ?"
						+ (grain.bucketed() ? ", ?" : "") + ", 1, ?)",
				row.toArray());
		if (!inserted) {
			update(grain, key, amount);
		}
	}

	private int update(Grain grain, List<Object> key, long amount) {
		List<Object> args = new ArrayList<>(List.of(amount));
		args.addAll(key);
		return this.jdbc.update("update " + grain.table() + " set n = n + 1, total = total + ? where dim = ? "
				+ "and dim_value = ? and " + grain.slot() + " = ? and metric = ?"
				+ (grain.bucketed() ? " and bucket = ?" : ""), args.toArray());
	}

	/** A rollup table, the column of its time slot, and whether it keeps buckets. */
	private record Grain(String table, String slot, boolean bucketed) {
	}

}
