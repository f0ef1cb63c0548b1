package io.yordam.bot;

import java.util.EnumSet;
import java.util.Set;

import io.yordam.access.Participant;
import io.yordam.customers.Customers;

import org.springframework.stereotype.Component;

/**
 * When the bot steps aside at once, whatever was asked, and the person takes it with high
 * priority: an angry customer ({@link Classification#angry()}: one strong sign or two
 * weak ones); a customer who says it happened before ("third time": a pattern, which a
 * playbook's one-off answer treats as the first); a matter of health (an allergy,
 * poisoning); and a VIP (a customer with many orders) with their first request.
 * <p>
 * Not at once: a single weak sign (one "!!!", "ужасно", two words in capitals) is
 * annoyance, not anger, and the bot solves a clear request as it would anyway; other
 * urgency ("срочно", a child) is answered fastest by the bot when it can answer, and
 * makes any later hand-off high priority ({@link BotSession#pressing()}).
 */
@Component
class BotLimits {

	/** Questions, not complaints: "the third time I use the code" is no failure. */
	private static final Set<Intent> ROUTINE_QUESTIONS = EnumSet.of(Intent.FAQ, Intent.PROMO_BONUS);

	private final Customers customers;

	private final BotProperties properties;

	BotLimits(Customers customers, BotProperties properties) {
		this.customers = customers;
		this.properties = properties;
	}

	Verdict check(BotSession session, Classification understood, String text) {
		if (understood.angry()) {
			return new PersonNeeded("angry", true);
		}
		if (Moods.repeatedFailure(text) && understood.intent().isRequest()
				&& !ROUTINE_QUESTIONS.contains(understood.intent())) {
			return new PersonNeeded("repeated", true);
		}
		if (Moods.FOR_HEALTH.equals(understood.urgency())) {
			return new PersonNeeded("health", true);
		}
		if (session.intent() == null && isVip(session.customerId())) {
			return new PersonNeeded("vip", false);
		}
		return new BotAnswers();
	}

	private boolean isVip(String customerId) {
		return this.customers.profile(Participant.customer(customerId))
			.map(profile -> profile.ordersCount() >= this.properties.vipOrders())
			.orElse(false);
	}

	sealed interface Verdict permits BotAnswers, PersonNeeded {

	}

	record BotAnswers() implements Verdict {
	}

	/**
	 * @param reason the hand-off's reason, as the agent's summary and tags show it
	 * @param pressing the customer should not wait: the bot apologises, and the ticket is
	 * high priority
	 */
	record PersonNeeded(String reason, boolean pressing) implements Verdict {
	}

}
