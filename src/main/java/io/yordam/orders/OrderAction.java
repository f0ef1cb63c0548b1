package io.yordam.orders;

import java.util.List;

import io.yordam.common.Money;

/** What support asks the platform to do about an order. */
public sealed interface OrderAction {

	OrderId orderId();

	/** The wire name in the webhook payload. */
	String type();

	record Redeliver(OrderId orderId, List<String> skus, boolean freeDelivery) implements OrderAction {
		public String type() {
			return "order.redeliver";
		}
	}

	record AssignNewCourier(OrderId orderId, String reason) implements OrderAction {
		public String type() {
			return "order.assign_new_courier";
		}
	}

	record Refund(OrderId orderId, Money amount, String reason) implements OrderAction {
		public String type() {
			return "order.refund";
		}
	}

	record CreditBonus(OrderId orderId, String customerId, Money amount, String reason) implements OrderAction {
		public String type() {
			return "customer.credit_bonus";
		}
	}

	record RetryPayment(OrderId orderId) implements OrderAction {
		public String type() {
			return "order.retry_payment";
		}
	}

	record SwitchToCash(OrderId orderId) implements OrderAction {
		public String type() {
			return "order.switch_to_cash";
		}
	}

	record Cancel(OrderId orderId, String reason) implements OrderAction {
		public String type() {
			return "order.cancel";
		}
	}

}
