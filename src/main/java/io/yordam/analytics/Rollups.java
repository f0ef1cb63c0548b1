package io.yordam.analytics;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Map;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rollups' one way in. A feed calls {@link #once} with a key naming the fact (a
 * ticket's first response, a rating) and, when it is new, {@link #add} for what it
 * contributes, in the same transaction: a redelivered event, or its twin racing, finds
 * the key and adds nothing, and a failure rolls the key back with the sums.
 * <p>
 * Counts are raised in the database (never read and written back): an update, or the
 * insert of a new row, or, when a concurrent writer inserted it first, the update again.
 */
@Repository
class Rollups {

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
		try {
			return this.jdbc.update(
					"insert into analytics_facts (fact_key, applied_at) values (?, ?) " + "on conflict do nothing",
					factKey, Sql.at(at)) == 1;
		}
		catch (DuplicateKeyException ex) {
			// H2 may report the racing twin as a duplicate rather than skip it.
			return false;
		}
	}

	/**
	 * Adds a value to a metric in the local hour of {@code at}, under every dimension
	 * value given: one to the count, the value to the sum, and to its bucket for a timed
	 * metric.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	void add(Metric metric, Instant at, Dimensions dims, long value) {
		LocalDateTime hour = this.zone.hourOf(at);
		int bucket = metric.bucketOf(value);
		for (Map.Entry<Dimension, String> dim : dims.values().entrySet()) {
			raise(hour, metric, dim.getKey(), dim.getValue(), bucket, value);
		}
	}

	private void raise(LocalDateTime hour, Metric metric, Dimension dim, String value, int bucket, long amount) {
		Object[] key = { dim.name(), value, Timestamp.valueOf(hour), metric.name(), bucket };
		if (update(key, amount) == 1) {
			return;
		}
		int inserted;
		try {
			inserted = this.jdbc.update(
					"insert into analytics_rollups (dim, dim_value, local_hour, metric, bucket, n, "
							+ "total) values (?, ?, ?, ?, ?, 1, ?) on conflict do nothing",
					key[0], key[1], key[2], key[3], key[4], amount);
		}
		catch (DuplicateKeyException ex) {
			inserted = 0;
		}
		if (inserted == 0) {
			update(key, amount);
		}
	}

	private int update(Object[] key, long amount) {
		return this.jdbc.update(
				"update analytics_rollups set n = n + 1, total = total + ? where dim = ? "
						+ "and dim_value = ? and local_hour = ? and metric = ? and bucket = ?",
				amount, key[0], key[1], key[2], key[3], key[4]);
	}

}
