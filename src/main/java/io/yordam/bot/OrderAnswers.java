package io.yordam.bot;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import io.yordam.incidents.IncidentType;
import io.yordam.notices.LateCare;
import io.yordam.orders.OrderView;
import io.yordam.orders.PaymentStatus;

import org.springframework.stereotype.Component;

/**
 * Answers about an order: where it is, whether it is late (a late one runs the late
 * playbook), cancelling it, a payment that failed on it.
 */
@Component
class OrderAnswers {

	private final OrderChoice choice;

	private final Claims claims;

	private final LateCare lateCare;

	OrderAnswers(OrderChoice choice, Claims claims, LateCare lateCare) {
		this.choice = choice;
		this.claims = claims;
		this.lateCare = lateCare;
	}

	/**
	 * The live state, and the order is answered. A question about a finished order while
	 * another is on its way is about that one, unless the customer named it; an order
	 * already late is a lateness question.
	 */
	void status(Turn turn, Classification understood, Instant now) {
		Optional<OrderView> chosen = this.choice.choose(turn, Intent.ORDER_STATUS, understood, now);
		if (chosen.isEmpty()) {
			return;
		}
		OrderView order = chosen.get();
		boolean named = understood != null && !understood.entities().orderNumbers().isEmpty();
		if (!named && order.status().isTerminal() && turn.orders().active().size() == 1) {
			order = turn.orders().active().get(0);
		}
		turn.session().about(order.id().value());
		if (order.status().isActive() && order.isLateAt(now)) {
			late(turn, understood, now);
			return;
		}
		turn.say(turn.wording().status(order));
		turn.closeContained(now);
	}

	/** Not late yet: the promised time and the ETA. Late: the late playbook. */
	void late(Turn turn, Classification understood, Instant now) {
		Optional<OrderView> chosen = this.choice.choose(turn, Intent.DELIVERY_LATE, understood, now);
		if (chosen.isEmpty()) {
			return;
		}
		OrderView order = chosen.get();
		turn.session().about(order.id().value());
		if (order.status().isActive() && !order.isLateAt(now)) {
			this.claims.notLate(turn, order, understood, now);
			return;
		}
		if (alreadyCared(turn, order, now)) {
			return;
		}
		this.claims.open(turn, Gathered.of(IncidentType.LATE_DELIVERY, order.id().value()), understood, now);
	}

	/**
	 * Late care credited this order before the customer wrote: the bot knows, says the
	 * new time and the credit, and the late playbook is not run a second time.
	 */
	private boolean alreadyCared(Turn turn, OrderView order, Instant now) {
		Optional<LateCare.Given> given = this.lateCare.givenFor(order.id().value());
		if (given.isEmpty()) {
			return false;
		}
		Instant eta = (order.eta() != null && order.eta().isAfter(now)) ? order.eta() : null;
		String amount = String.format(Locale.ROOT, "%,d", given.get().amount()).replace(',', ' ');
		turn.say(turn.text((eta != null) ? "bot.lateCareGiven" : "bot.lateCareGivenNoEta", order.number(),
				turn.wording().clock(eta), amount));
		turn.closeContained(now);
		return true;
	}

	/** A finished order cannot be cancelled: a person; an active one: the playbook. */
	void cancel(Turn turn, Classification understood, Instant now) {
		Optional<OrderView> chosen = this.choice.choose(turn, Intent.CANCEL_ORDER, understood, now);
		if (chosen.isEmpty()) {
			return;
		}
		OrderView order = chosen.get();
		turn.session().about(order.id().value());
		if (order.status().isTerminal()) {
			turn.say(turn.text("bot.noActiveOrder", order.number(), turn.text("bot.state." + order.status())));
			turn.handOff(understood, "cancel-finished-order");
			return;
		}
		this.claims.open(turn, Gathered.of(IncidentType.CANCELLATION, order.id().value()), understood, now);
	}

	/**
	 * A declined payment on an active order: the unpaid playbook; anything else: a
	 * person.
	 */
	void payment(Turn turn, Classification understood, Instant now) {
		Optional<OrderView> chosen = this.choice.choose(turn, Intent.PAYMENT_PROBLEM, understood, now);
		if (chosen.isEmpty()) {
			return;
		}
		OrderView order = chosen.get();
		turn.session().about(order.id().value());
		if (order.status().isActive() && order.paymentStatus() == PaymentStatus.FAILED) {
			this.claims.open(turn, Gathered.of(IncidentType.UNPAID_ORDER, order.id().value()), understood, now);
			return;
		}
		turn.handOff(understood, "payment_problem");
	}

}
