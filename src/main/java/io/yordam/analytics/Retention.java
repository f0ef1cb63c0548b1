package io.yordam.analytics;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Retention after a contact: of the customers' tickets opened in a period, the share
 * after which the customer ordered again within 7 and within 30 days, grouped by what
 * happened on the contact ({@link By}), and what the compensation cost per customer kept.
 * A window counts only contacts old enough for it to have passed. Read from the period's
 * days rolled up ({@link RetentionDays}) and the rest from the ticket rows, each knowing
 * its next order ({@link NextOrders}), and the compensations, on its own page: not a
 * dashboard tile.
 */
@Repository
class Retention {

	static final Duration WEEK = Duration.ofDays(7);

	static final Duration MONTH = Duration.ofDays(30);

	private final JdbcTemplate jdbc;

	private final RetentionDays days;

	private final ReportZone zone;

	Retention(JdbcTemplate jdbc, RetentionDays days, ReportZone zone) {
		this.jdbc = jdbc;
		this.days = days;
		this.zone = zone;
	}

	/**
	 * The contacts opened in [from, to): the whole days rolled up read from their rows,
	 * the rest (stale days, days never computed, the two days on which a window's end
	 * falls, parts of days) from the contacts. Each day is read as it was at one moment;
	 * a change committed while the page is read (one order may change several days) may
	 * show on some of its days and not yet on others, as it would between two pages.
	 */
	@Transactional(readOnly = true)
	List<Row> of(By by, Instant from, Instant to, Instant now) {
		LocalDate week = this.zone.dayOf(now.minus(WEEK));
		LocalDate month = this.zone.dayOf(now.minus(MONTH));
		RetentionSpan span = new RetentionSpan(from, to, this.zone.zone());
		TreeSet<LocalDate> rolled = new TreeSet<>(this.days.rolled(span.firstDay(), span.endDay()));
		rolled.remove(week);
		rolled.remove(month);
		Map<String, Counts> sums = new TreeMap<>(this.days.sum(by, rolled, week, month));
		for (RetentionSpan part : span.besides(rolled)) {
			contacts(by, part.from(), part.to(), now)
				.forEach((group, counts) -> sums.merge(group, counts, Counts::plus));
		}
		return sums.entrySet().stream().map(e -> Row.of(e.getKey(), e.getValue())).toList();
	}

	private Map<String, Counts> contacts(By by, Instant from, Instant to, Instant now) {
		String orderedWithin = "x.next_within <= %d";
		Map<String, Counts> counts = new TreeMap<>();
		this.jdbc.query("select grp, count(*), sum(case when opened_at < ? then som else 0 end), "
				+ "sum(case when opened_at < ? then 1 else 0 end), sum(case when opened_at < ? and "
				+ orderedWithin.formatted(7) + " then 1 else 0 end), sum(case when opened_at < ? then 1 else 0 end), "
				+ "sum(case when opened_at < ? and " + orderedWithin.formatted(30) + " then 1 else 0 end) from ("
				+ by.contacts + ") x group by grp", rs -> {
					counts.put(rs.getString(1), new Counts(rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
							rs.getLong(6), rs.getLong(7)));
				}, Sql.at(now.minus(MONTH)), Sql.at(now.minus(WEEK)), Sql.at(now.minus(WEEK)), Sql.at(now.minus(MONTH)),
				Sql.at(now.minus(MONTH)), Sql.at(from), Sql.at(to));
		return counts;
	}

	/**
	 * What a group's contacts add up to; {@code old7} and {@code old30} are those old
	 * enough for the window to have passed, {@code kept7} and {@code kept30} those of
	 * them after which the customer ordered again within it, {@code compensated} the so'm
	 * paid on those old enough for 30 days.
	 */
	record Counts(long contacts, long compensated, long old7, long kept7, long old30, long kept30) {

		Counts plus(Counts other) {
			return new Counts(this.contacts + other.contacts, this.compensated + other.compensated,
					this.old7 + other.old7, this.kept7 + other.kept7, this.old30 + other.old30,
					this.kept30 + other.kept30);
		}

	}

	/**
	 * How the contacts are grouped; each a query of the period's customer contacts as
	 * (group, customer, opening, so'm paid on it in that group, the window of the next
	 * order).
	 */
	enum By {

		/** Compensated on the ticket (a net amount above zero) or not. */
		OUTCOME("select case when t.compensated_som > 0 then 'COMPENSATED' else 'NOT_COMPENSATED' end grp, "
				+ "t.customer_id, t.opened_at, t.compensated_som som, t.next_order_within next_within " + By.PERIOD),

		/**
		 * The playbook's option paid (net above zero): a contact with two options counts
		 * under each, with what each paid.
		 */
		OPTION("select c.option_code grp, t.customer_id, t.opened_at, sum(c.amount) som, t.next_order_within next_within "
				+ "from analytics_tickets t "
				+ "join analytics_compensations c on c.ticket_id = t.ticket_id where t.customer_id is not null "
				+ "and t.opened_at >= ? and t.opened_at < ? group by c.option_code, t.ticket_id, t.customer_id, "
				+ "t.opened_at, t.next_order_within having sum(c.amount) > 0"),

		/** The customer's latest rating of the ticket, in bands; not rated apart. */
		CSAT("select case when t.csat_score >= 4 then 'SATISFIED' when t.csat_score = 3 then 'NEUTRAL' "
				+ "when t.csat_score is not null then 'DISSATISFIED' else 'NOT_RATED' end grp, t.customer_id, "
				+ "t.opened_at, t.compensated_som som, t.next_order_within next_within " + By.PERIOD);

		private static final String PERIOD = "from analytics_tickets t where t.customer_id is not null "
				+ "and t.opened_at >= ? and t.opened_at < ?";

		/**
		 * (group, customer_id, opened_at, som, next_within) of the contacts in [?, ?).
		 */
		final String contacts;

		By(String contacts) {
			this.contacts = contacts;
		}

	}

	/**
	 * @param kept7 the share (percent) of contacts old enough for 7 days that ordered
	 * again within them; null when none is old enough
	 * @param compensated so'm paid on the contacts old enough for 30 days
	 * @param costPerKept that per contact after which the customer ordered again within
	 * 30 days
	 */
	record Row(String group, long contacts, long compensated, long old7, Double kept7, long old30, Double kept30,
			Long costPerKept) {

		public String kept7Text() {
			return Kpi.text(Kpi.Unit.PERCENT, this.kept7);
		}

		public String kept30Text() {
			return Kpi.text(Kpi.Unit.PERCENT, this.kept30);
		}

		static Row of(String group, Counts c) {
			return new Row(group, c.contacts(), c.compensated(), c.old7(), Kpi.percent(c.kept7(), c.old7()), c.old30(),
					Kpi.percent(c.kept30(), c.old30()),
					(c.kept30() > 0 && c.compensated() > 0) ? c.compensated() / c.kept30() : null);
		}

	}

}
