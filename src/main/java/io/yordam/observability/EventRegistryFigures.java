package io.yordam.observability;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The event publication registry's backlog, in one grouped query. With completion mode
 * {@code delete} the table holds only what is still to be done: a durable listener's work
 * waiting, running, failed or resubmitted. It belongs to Spring Modulith, not to a
 * module, so it is read here as a table.
 */
@Component
class EventRegistryFigures {

	/** Spring Modulith's states of an incomplete publication, as stored. */
	static final String[] STATUSES = { "published", "processing", "failed", "resubmitted" };

	private final JdbcTemplate jdbc;

	EventRegistryFigures(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	Registry read(Instant stuckBefore) {
		Map<String, Long> byStatus = new LinkedHashMap<>();
		for (String status : STATUSES) {
			byStatus.put(status, 0L);
		}
		long[] stuck = { 0 };
		Instant[] oldest = { null };
		this.jdbc.query("""
				select status, count(*), min(publication_date),
				  sum(case when publication_date < ? then 1 else 0 end)
				from event_publication where completion_date is null group by status""", row -> {
			String status = (row.getString(1) != null) ? row.getString(1).toLowerCase(Locale.ROOT) : "published";
			byStatus.merge(status, row.getLong(2), Long::sum);
			OffsetDateTime since = row.getObject(3, OffsetDateTime.class);
			if (since != null && (oldest[0] == null || since.toInstant().isBefore(oldest[0]))) {
				oldest[0] = since.toInstant();
			}
			stuck[0] += row.getLong(4);
		}, stuckBefore.atOffset(ZoneOffset.UTC));
		return new Registry(byStatus, oldest[0], stuck[0]);
	}

	/**
	 * @param incomplete publications not completed, by state
	 * @param oldestSince when the oldest of them was published; null when none is left
	 * @param stuck those published before the stuck threshold
	 */
	record Registry(Map<String, Long> incomplete, Instant oldestSince, long stuck) {

		static final Registry UNKNOWN = new Registry(Map.of(), null, 0);

	}

}
