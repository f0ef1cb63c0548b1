package io.yordam.bot;

import java.time.Instant;
import java.util.List;

import io.yordam.ledger.Ledger;
import io.yordam.ledger.LedgerLine;

import org.springframework.stereotype.Component;

/**
 * Answers about the customer's account: what was credited or refunded lately, and the
 * bonus balance. A promo code, or money the ledger does not show, is for a person.
 */
@Component
class AccountAnswers {

	/** How far back "what was refunded" looks, in ledger lines. */
	static final int LATEST = 5;

	private final Ledger ledger;

	AccountAnswers(Ledger ledger) {
		this.ledger = ledger;
	}

	/**
	 * What was given back, from every source of truth: support's own ledger, and the
	 * payments the platform itself returned (an order it cancelled and refunded). A card
	 * refund past the time banks take is for a person to chase.
	 * @return whether there was anything to tell
	 */
	boolean refunds(Turn turn, Classification understood, Instant now) {
		String customerId = turn.session().customerId();
		// A line reversed, or the reversal itself, is not money the customer has.
		List<LedgerLine> lines = this.ledger.historyOf(customerId, LATEST)
			.stream()
			.filter(l -> l.reverses() == null && !l.reversed())
			.toList();
		List<PlatformRefunds.Refunded> platform = PlatformRefunds.of(turn.orders().recent());
		if (lines.isEmpty() && platform.isEmpty()) {
			return false;
		}
		BotWording wording = turn.wording();
		// One message: what the platform gave back, what support did, how long a card
		// takes.
		StringBuilder answer = new StringBuilder();
		for (PlatformRefunds.Refunded refunded : platform) {
			turn.session().about(refunded.order().id().value());
			answer.append(turn.text("bot.refund.platform", refunded.order().number(), wording.date(refunded.at()),
					wording.som(refunded.order().total().som())))
				.append('\n');
		}
		if (!lines.isEmpty()) {
			StringBuilder list = new StringBuilder();
			for (LedgerLine line : lines) {
				list.append("• ")
					.append(wording.text("bot.refund.line", wording.date(line.at()), wording.som(line.amount()),
							wording.text("bot.refund.kind." + line.kind().name())))
					.append('\n');
			}
			answer.append(turn.text("bot.refund.lines", list.toString().strip())).append('\n');
		}
		boolean overdue = platform.stream().anyMatch(r -> PlatformRefunds.overdue(r, now));
		if (!platform.isEmpty()) {
			answer.append(turn.text(overdue ? "bot.refund.overdue" : "bot.refund.cardTakes"));
		}
		turn.say(answer.toString().strip());
		if (overdue) {
			turn.handOff(understood, "refund-overdue");
		}
		else {
			turn.closeContained(now);
		}
		return true;
	}

	void bonus(Turn turn, Classification understood, Instant now) {
		String written = (turn.message().text() != null) ? turn.message().text() : "";
		if (IntentRules.skeletonText(written)
			.matches(".*\\b(promo|promokod|kod|code|skidk|chegirma|discount|kupon|coupon)\\w*.*")) {
			turn.handOff(understood, "promo_bonus");
			return;
		}
		turn.say(turn.text("bot.bonus.balance",
				turn.wording().som(this.ledger.bonusBalance(turn.session().customerId()).som())));
		turn.closeContained(now);
	}

}
