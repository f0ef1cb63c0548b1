package io.yordam.analytics;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Retention's figures per local day and grouping ({@code analytics_retention_daily}),
 * each day recomputed whole from its contacts by the same queries as the page's, so that
 * a long period reads a few hundred rows. A writer that adds or changes a contact marks
 * its day stale in its own transaction; the page reads a stale day, or one never
 * computed, from its contacts, so it is exact whenever the roller last ran.
 */
@Repository
class RetentionDays {

	/** Marks deleted by one statement. */
	private static final int CLEARED_AT_ONCE = 500;

	private final JdbcTemplate jdbc;

	private final ReportZone zone;

	RetentionDays(JdbcTemplate jdbc, ReportZone zone) {
		this.jdbc = jdbc;
		this.zone = zone;
	}

	/**
	 * A customer's contact opened then was written, or what retention reads of it
	 * changed.
	 */
	void changed(Instant openedAt) {
		this.jdbc.update("insert into analytics_retention_stale (local_day) values (?)", this.zone.dayOf(openedAt));
	}

	/**
	 * As {@link #changed(Instant)}, for a ticket by its id: nothing for one without a
	 * customer.
	 */
	void changed(UUID ticketId) {
		this.jdbc
			.query("select opened_at from analytics_tickets where ticket_id = ? and customer_id is not null",
					(rs, n) -> Sql.instant(rs, "opened_at"), ticketId)
			.forEach(this::changed);
	}

	/** The days in [from, to) whose rows are computed and not stale. */
	Set<LocalDate> rolled(LocalDate from, LocalDate to) {
		return new HashSet<>(this.jdbc.queryForList("select d.local_day from analytics_retention_days d "
				+ "where d.local_day >= ? and d.local_day < ? and not exists (select 1 from "
				+ "analytics_retention_stale s where s.local_day = d.local_day)", LocalDate.class, from, to));
	}

	/**
	 * The days' figures by group, each day's contacts old enough for a window when the
	 * day ends before the boundary day of that window ({@code week}, {@code month}: the
	 * days of now less 7 and 30 days, which are never among them).
	 */
	Map<String, Retention.Counts> sum(Retention.By by, Collection<LocalDate> days, LocalDate week, LocalDate month) {
		Map<String, Retention.Counts> sums = new HashMap<>();
		if (days.isEmpty()) {
			return sums;
		}
		Object[] args = new Object[6 + days.size()];
		args[0] = month;
		args[1] = week;
		args[2] = week;
		args[3] = month;
		args[4] = month;
		args[5] = by.name();
		int i = 6;
		for (LocalDate day : days) {
			args[i++] = day;
		}
		this.jdbc.query("select grp, sum(contacts), sum(case when local_day < ? then som else 0 end), "
				+ "sum(case when local_day < ? then contacts else 0 end), sum(case when local_day < ? then kept7 "
				+ "else 0 end), sum(case when local_day < ? then contacts else 0 end), sum(case when local_day < ? "
				+ "then kept30 else 0 end) from analytics_retention_daily where grouped_by = ? and local_day in ("
				+ "?, ".repeat(days.size() - 1) + "?) group by grp", rs -> {
					sums.put(rs.getString(1), new Retention.Counts(rs.getLong(2), rs.getLong(3), rs.getLong(4),
							rs.getLong(5), rs.getLong(6), rs.getLong(7)));
				}, args);
		return sums;
	}

	/** The days from {@code first} to {@code last} marked stale. */
	Set<LocalDate> stale(LocalDate first, LocalDate last) {
		return new HashSet<>(this.jdbc.queryForList(
				"select distinct local_day from analytics_retention_stale " + "where local_day >= ? and local_day <= ?",
				LocalDate.class, first, last));
	}

	/**
	 * The day's rows anew from its contacts, and the marks seen before reading them
	 * cleared. Only those, by their ids: a mark not yet committed when they were read may
	 * carry a lower id than one that was, and its change may be missing from the rows, so
	 * it must stay and have the day read from its contacts until the next roll. The day's
	 * row is locked first, so that two rollers take turns.
	 */
	@Transactional
	void recompute(LocalDate day) {
		Sql.insertOnce(this.jdbc, "insert into analytics_retention_days (local_day) values (?)", day);
		this.jdbc.queryForList("select local_day from analytics_retention_days where local_day = ? for update", day);
		List<Long> seen = this.jdbc.queryForList("select id from analytics_retention_stale where local_day = ?",
				Long.class, day);
		this.jdbc.update("delete from analytics_retention_daily where local_day = ?", day);
		Instant from = day.atStartOfDay(this.zone.zone()).toInstant();
		Instant to = day.plusDays(1).atStartOfDay(this.zone.zone()).toInstant();
		for (Retention.By by : Retention.By.values()) {
			this.jdbc.update("insert into analytics_retention_daily (grouped_by, local_day, grp, contacts, som, kept7, "
					+ "kept30) select cast(? as varchar(16)), cast(? as date), grp, count(*), coalesce(sum(som), 0), "
					+ "sum(case when next_within <= 7 then 1 else 0 end), sum(case when next_within <= 30 then 1 "
					+ "else 0 end) from (" + by.contacts + ") x group by grp", by.name(), day, Sql.at(from),
					Sql.at(to));
		}
		for (int i = 0; i < seen.size(); i += CLEARED_AT_ONCE) {
			List<Long> some = seen.subList(i, Math.min(seen.size(), i + CLEARED_AT_ONCE));
			this.jdbc.update(
					"delete from analytics_retention_stale where id in (" + "?, ".repeat(some.size() - 1) + "?)",
					some.toArray());
		}
	}

	/** Days before {@code day} are past any page's period: their rows and marks go. */
	@Transactional
	void forget(LocalDate day) {
		this.jdbc.update("delete from analytics_retention_stale where local_day < ?", day);
		this.jdbc.update("delete from analytics_retention_daily where local_day < ?", day);
		this.jdbc.update("delete from analytics_retention_days where local_day < ?", day);
	}

}
