package io.yordam.notices;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.yordam.access.OperatorPrincipal;
import io.yordam.access.StaffAction;
import io.yordam.common.InvalidInputException;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the {@link NoticeReport} for supervisors: two grouped reads of the notices
 * (indexed by time) and the late-care decisions of the period, days counted in the
 * policy's zone.
 */
@Service
class NoticeReports {

	static final int MAX_DAYS = 90;

	private final JdbcTemplate jdbc;

	private final NoticePolicyStore policies;

	private final Clock clock;

	NoticeReports(JdbcTemplate jdbc, NoticePolicyStore policies, Clock clock) {
		this.jdbc = jdbc;
		this.policies = policies;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	NoticeReport of(int days, OperatorPrincipal viewer) {
		viewer.require(StaffAction.SEE_NOTICE_REPORT);
		if (days < 1 || days > MAX_DAYS) {
			throw new InvalidInputException("days", "range", "From 1 to " + MAX_DAYS);
		}
		NoticePolicy policy = this.policies.current().settings();
		ZoneId zone = policy.zoneId();
		Instant now = this.clock.instant();
		LocalDate to = now.atZone(zone).toLocalDate();
		LocalDate from = to.minusDays(days - 1L);
		Timestamp since = Timestamp.from(from.atStartOfDay(zone).toInstant());
		return new NoticeReport(from, to, days, policy.holdoutPercent(), kinds(since), care(since, zone), now);
	}

	private List<NoticeReport.KindRow> kinds(Timestamp since) {
		Map<NoticeKind, long[]> counts = new EnumMap<>(NoticeKind.class);
		for (NoticeKind kind : NoticeKind.values()) {
			counts.put(kind, new long[4]);
		}
		this.jdbc.query("select kind, status, count(*) as n, count(contacted_at) as c from notices "
				+ "where created_at >= ? and status in ('SENT', 'HELD_OUT') group by kind, status", rs -> {
					long[] row = counts.get(NoticeKind.valueOf(rs.getString("kind")));
					int at = "SENT".equals(rs.getString("status")) ? 0 : 2;
					row[at] = rs.getLong("n");
					row[at + 1] = rs.getLong("c");
				}, since);
		List<NoticeReport.KindRow> rows = new ArrayList<>();
		counts.forEach((kind, c) -> rows.add(new NoticeReport.KindRow(kind, c[0], c[1], c[2], c[3])));
		return rows;
	}

	private List<NoticeReport.CareRow> care(Timestamp since, ZoneId zone) {
		// day, then city: {credited, amount, over budget}
		Map<LocalDate, Map<String, long[]>> byDay = new TreeMap<>(Comparator.reverseOrder());
		this.jdbc.query("select city, outcome, amount, decided_at from late_care where decided_at >= ? "
				+ "and outcome in ('CREDITED', 'OVER_BUDGET')", rs -> {
					LocalDate day = rs.getTimestamp("decided_at").toInstant().atZone(zone).toLocalDate();
					long[] row = byDay.computeIfAbsent(day, d -> new TreeMap<>())
						.computeIfAbsent(rs.getString("city"), c -> new long[3]);
					if ("CREDITED".equals(rs.getString("outcome"))) {
						row[0]++;
						row[1] += rs.getLong("amount");
					}
					else {
						row[2]++;
					}
				}, since);
		List<NoticeReport.CareRow> rows = new ArrayList<>();
		byDay.forEach((day, cities) -> cities
			.forEach((city, c) -> rows.add(new NoticeReport.CareRow(day, city, c[0], c[1], c[2]))));
		return rows;
	}

}
