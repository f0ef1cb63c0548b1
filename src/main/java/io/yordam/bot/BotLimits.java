package io.yordam.bot;

import io.yordam.access.Participant;
import io.yordam.customers.Customers;

import org.springframework.stereotype.Component;

/**
 * When the bot steps aside at once, whatever was asked: an angry customer goes to a
 * person (with high priority), and so does a VIP (a customer with many orders) with their
 * first request.
 */
@Component
class BotLimits {

	private final Customers customers;

	private final BotProperties properties;

	BotLimits(Customers customers, BotProperties properties) {
		this.customers = customers;
		this.properties = properties;
	}

	Verdict check(BotSession session, Classification understood) {
		if (understood.angry()) {
			return new PersonNeeded("angry", true);
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
	 */
	record PersonNeeded(String reason, boolean angry) implements Verdict {
	}

}
