package io.yordam.analytics;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Retention after a contact: of the customers' tickets opened in a period, the share
 * after which the customer ordered again within 7 and within 30 days, grouped by what
 * happened on the contact ({@link By}), and what the compensation cost per customer kept.
 * A window counts only contacts old enough for it to have passed. Read from the period's
 * ticket rows, each knowing its next order ({@link NextOrders}), and the compensations,
 * on its own page: not a dashboard tile.
 */
@Repository
class Retention {

	static final Duration WEEK = Duration.ofDays(7);

	static final Duration MONTH = Duration.ofDays(30);

	private final JdbcTemplate jdbc;

	Retention(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	List<Row> of(By by, Instant from, Instant to, Instant now) {
		String orderedWithin = "x.next_within <= %d";
		return this.jdbc.query("select grp, count(*), sum(case when opened_at < ? then som else 0 end), "
				+ "sum(case when opened_at < ? then 1 else 0 end), sum(case when opened_at < ? and "
				+ orderedWithin.formatted(7) + " then 1 else 0 end), sum(case when opened_at < ? then 1 else 0 end), "
				+ "sum(case when opened_at < ? and " + orderedWithin.formatted(30) + " then 1 else 0 end) from ("
				+ by.contacts + ") x group by grp order by grp",
				(rs, n) -> Row.of(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
						rs.getLong(6), rs.getLong(7)),
				Sql.at(now.minus(MONTH)), Sql.at(now.minus(WEEK)), Sql.at(now.minus(WEEK)), Sql.at(now.minus(MONTH)),
				Sql.at(now.minus(MONTH)), Sql.at(from), Sql.at(to));
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

		private final String contacts;

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

		static Row of(String group, long contacts, long compensated, long old7, long kept7, long old30, long kept30) {
			return new Row(group, contacts, compensated, old7, Kpi.percent(kept7, old7), old30,
					Kpi.percent(kept30, old30), (kept30 > 0 && compensated > 0) ? compensated / kept30 : null);
		}

	}

}
