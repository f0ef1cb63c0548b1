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

	void refunds(Turn turn, Classification understood, Instant now) {
		String customerId = turn.session().customerId();
		// A line reversed, or the reversal itself, is not money the customer has.
		List<LedgerLine> lines = this.ledger.historyOf(customerId, LATEST)
			.stream()
			.filter(l -> l.reverses() == null && !l.reversed())
			.toList();
		if (lines.isEmpty()) {
			turn.handOff(understood, "refund_status");
			return;
		}
		BotWording wording = turn.wording();
		StringBuilder list = new StringBuilder();
		for (LedgerLine line : lines) {
			list.append("• ")
				.append(wording.text("bot.refund.line", wording.date(line.at()), wording.som(line.amount()),
						wording.text("bot.refund.kind." + line.kind().name())))
				.append('\n');
		}
		turn.say(turn.text("bot.refund.lines", list.toString().strip()));
		turn.closeContained(now);
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
