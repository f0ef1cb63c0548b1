package io.yordam.notices;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import io.yordam.common.Money;
import io.yordam.incidents.PlaybookSettings;
import io.yordam.incidents.PlaybookSettingsStore;
import io.yordam.ledger.Ledger;
import io.yordam.ledger.LedgerActor;
import io.yordam.ledger.Posting;
import io.yordam.ledger.PostingKind;
import io.yordam.orders.OrderView;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Care before the complaint (issue 17 §2): a late order in a city where it is on is
 * credited to the customer's bonus account once, by the late-delivery playbook's
 * brackets, within the bot's limits, the abuse threshold and the city's daily budget. The
 * row per order is the once; the ledger's key ({@value #KEY_PREFIX}order) makes the
 * posting itself idempotent too.
 */
@Service
public class LateCare {

	static final String KEY_PREFIX = "late-care:";

	/** The ledger's option: late care's own line in the ledger and its export. */
	public static final String OPTION = "late-care";

	private static final LedgerActor BOT = new LedgerActor(LedgerActor.Kind.BOT, "bot", "Yordam bot", null);

	private final JdbcTemplate jdbc;

	private final PlaybookSettingsStore playbooks;

	private final Ledger ledger;

	LateCare(JdbcTemplate jdbc, PlaybookSettingsStore playbooks, Ledger ledger) {
		this.jdbc = jdbc;
		this.playbooks = playbooks;
		this.ledger = ledger;
	}

	/** What was credited for a late order, if anything: the bot says so. */
	public record Given(String orderId, long amount, int minutesLate, Instant eta) {
	}

	@Transactional(readOnly = true)
	public Optional<Given> givenFor(String orderId) {
		return this.jdbc
			.query("select * from late_care where order_id = ? and outcome = 'CREDITED'",
					(rs, i) -> new Given(orderId, rs.getLong("amount"), rs.getInt("minutes_late"),
							(rs.getTimestamp("eta") != null) ? rs.getTimestamp("eta").toInstant() : null),
					orderId)
			.stream()
			.findFirst();
	}

	/** Decides once for the order; a second call answers the first decision. */
	@Transactional
	LateCarePolicy.Decision care(OrderView order, NoticePolicy policy, Instant now) {
		int minutes = (int) Math.min(Integer.MAX_VALUE, order.lateBy(now).toMinutes());
		Instant eta = (order.eta() != null && order.eta().isAfter(now)) ? order.eta() : null;
		if (this.jdbc.update(
				"insert into late_care (order_id, customer_id, city, outcome, amount, minutes_late, eta, "
						+ "decided_at) values (?, ?, ?, 'DECIDING', 0, ?, ?, ?) on conflict do nothing",
				order.id().value(), order.customerId(), String.valueOf(order.city()), minutes,
				(eta != null) ? Timestamp.from(eta) : null, Timestamp.from(now)) == 0) {
			return this.jdbc.queryForObject("select outcome, amount from late_care where order_id = ?",
					(rs, i) -> new LateCarePolicy.Decision(LateCarePolicy.Outcome.valueOf(rs.getString("outcome")),
							rs.getLong("amount")),
					order.id().value());
		}
		NoticePolicy.CityCare city = policy.careIn(order.city());
		PlaybookSettings playbook = this.playbooks.current().settings();
		long paid = this.ledger.paidTo(order.customerId(), now.minus(Duration.ofDays(30))).som();
		LateCarePolicy.Decision decision = LateCarePolicy.decide(city.on(), minutes, playbook, paid);
		if (decision.outcome() == LateCarePolicy.Outcome.CREDITED
				&& !spend(order.city(), now.atZone(policy.zoneId()).toLocalDate(), decision.amount(), city)) {
			decision = LateCarePolicy.Decision.not(LateCarePolicy.Outcome.OVER_BUDGET);
		}
		if (decision.outcome() == LateCarePolicy.Outcome.CREDITED) {
			this.ledger.post(new Posting(KEY_PREFIX + order.id().value(), PostingKind.BONUS_CREDIT, order.customerId(),
					Money.som(decision.amount()), new Posting.Reference(null, order.id().value(), null, OPTION), BOT,
					"Late care: order " + order.number() + " " + minutes + " min late"));
		}
		this.jdbc.update("update late_care set outcome = ?, amount = ? where order_id = ?", decision.outcome().name(),
				decision.amount(), order.id().value());
		return decision;
	}

	/**
	 * Takes the amount from the city's budget of the day, unless it would pass it: the
	 * conditional update holds the row's lock, so parallel credits take turns.
	 */
	private boolean spend(String city, LocalDate day, long amount, NoticePolicy.CityCare care) {
		this.jdbc.update(
				"insert into late_care_budget (city, budget_day, spent) values (?, ?, 0) on conflict do nothing", city,
				day);
		return this.jdbc.update("update late_care_budget set spent = spent + ? where city = ? and budget_day = ? "
				+ "and spent + ? <= ?", amount, city, day, amount, care.dailyBudget()) == 1;
	}

}
