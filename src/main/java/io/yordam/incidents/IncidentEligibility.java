package io.yordam.incidents;

import java.time.Instant;

import io.yordam.orders.OrderStatus;
import io.yordam.orders.OrderView;
import io.yordam.orders.PaymentStatus;

/**
 * May an order have an incident of this type now? Support makes up for what happened,
 * never for what has not: what came in the bag (damaged, incomplete, wrong, the food
 * itself) only once the order was delivered; lateness only once the promised time has
 * passed (the order's own {@link OrderView#isLateAt}, the one rule the bot and the
 * workspace also read); an unpaid order only when its payment was declined; a
 * cancellation only while the order is still active. Every door (the agent API, the
 * workspace, the bot) asks this before any playbook computes an amount. A refusal names
 * its rule; each door words it in its reader's language.
 */
public final class IncidentEligibility {

	/** The answer: eligible, or refused by a named rule. */
	public sealed interface Decision permits Eligible, Refused {

	}

	public record Eligible() implements Decision {
	}

	/**
	 * @param rule which rule refused
	 * @param detail the same in English, for the agent API's problem detail
	 */
	public record Refused(Rule rule, String detail) implements Decision {
	}

	/** The rules, each with the code the APIs and the workspace's texts name it by. */
	public enum Rule {

		NOT_DELIVERED("not-delivered"), NOT_LATE("not-late"), ORDER_FINISHED("order-finished"),
		PAYMENT_NOT_DECLINED("payment-not-declined");

		private final String code;

		Rule(String code) {
			this.code = code;
		}

		public String code() {
			return this.code;
		}

	}

	private static final Eligible ELIGIBLE = new Eligible();

	public static Decision check(IncidentType type, OrderView order, Instant now) {
		return switch (type) {
			case DAMAGED_ORDER, INCOMPLETE_ORDER, WRONG_ORDER, FOOD_QUALITY -> delivered(order);
			case LATE_DELIVERY -> order.isLateAt(now) ? ELIGIBLE
					: new Refused(Rule.NOT_LATE, "Order " + order.number() + " is not past its promised time");
			case UNPAID_ORDER -> (order.status().isTerminal()) ? finished(order)
					: (order.paymentStatus() != PaymentStatus.FAILED) ? new Refused(Rule.PAYMENT_NOT_DECLINED,
							"The payment of order " + order.number() + " was not declined") : ELIGIBLE;
			case CANCELLATION -> (order.status().isTerminal()) ? finished(order) : ELIGIBLE;
		};
	}

	private static Decision delivered(OrderView order) {
		return (order.status() == OrderStatus.DELIVERED) ? ELIGIBLE : new Refused(Rule.NOT_DELIVERED,
				"Order " + order.number() + " is " + order.status() + ": it has not been delivered yet");
	}

	private static Decision finished(OrderView order) {
		return new Refused(Rule.ORDER_FINISHED, "The order is " + order.status());
	}

	private IncidentEligibility() {
	}

}
