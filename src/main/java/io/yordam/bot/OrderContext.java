package io.yordam.bot;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.yordam.orders.MenuItem;
import io.yordam.orders.OrderId;
import io.yordam.orders.OrderStatus;
import io.yordam.orders.OrderView;
import io.yordam.orders.Orders;

/**
 * Which order a message is about: the number in the text, else the order the chat was
 * opened from, else the one the dialogue is about, else by the intent: an active order
 * for status, lateness, cancellation and payment; the latest delivered one for what came
 * in the bag. Several active orders and no number: ask.
 */
final class OrderContext {

	static final int RECENT = 10;

	/** How long the bot remembers a delivery when it greets. */
	static final Duration RECENTLY_DELIVERED = Duration.ofHours(48);

	/**
	 * How late a delivery must have been for the greeting to bring it up: a few minutes
	 * late is late by the order's rule, but not worth asking every customer about.
	 */
	static final Duration WORTH_MENTIONING = Duration.ofMinutes(15);

	private final Orders orders;

	private final String customerId;

	private final List<OrderView> recent;

	OrderContext(Orders orders, String customerId) {
		this.orders = orders;
		this.customerId = customerId;
		this.recent = orders.recentOf(customerId, RECENT);
	}

	List<OrderView> recent() {
		return this.recent;
	}

	List<OrderView> active() {
		return this.recent.stream().filter(o -> o.status().isActive()).toList();
	}

	/** The menu of the order's restaurant, as the platform reported it. */
	List<MenuItem> menuOf(OrderView order) {
		return this.orders.menuOf(order.id());
	}

	Optional<OrderView> byId(String orderId) {
		if (orderId == null) {
			return Optional.empty();
		}
		return this.orders.find(new OrderId(orderId)).filter(o -> o.customerId().equals(this.customerId));
	}

	Optional<OrderView> byNumber(List<String> numbers) {
		// Customers type the digits; the platform's number may carry a prefix ("E24-").
		return this.recent.stream()
			.filter(o -> numbers.contains(o.number()) || numbers.contains(o.number().replaceAll("\\D+", ""))
					|| numbers.stream().anyMatch(n -> o.number().endsWith("-" + n)))
			.findFirst();
	}

	/** The order to read the message against before the intent is known. */
	Optional<OrderView> likely(List<String> numbers, String sessionOrder, String chatOrder) {
		return byNumber(numbers).or(() -> byId(sessionOrder))
			.or(() -> byId(chatOrder))
			.or(() -> (active().size() == 1) ? Optional.of(active().get(0)) : Optional.empty())
			.or(() -> this.recent.stream().findFirst());
	}

	/**
	 * The order for an intent, or empty with {@code ambiguous} when the customer must
	 * choose.
	 */
	Choice forIntent(Intent intent, List<String> numbers, String sessionOrder, String chatOrder, Instant now) {
		Optional<OrderView> named = byNumber(numbers).or(() -> byId(sessionOrder)).or(() -> byId(chatOrder));
		if (named.isPresent()) {
			return new Choice(named.get(), false);
		}
		boolean wantsActive = switch (intent) {
			case ORDER_STATUS, DELIVERY_LATE, CANCEL_ORDER, PAYMENT_PROBLEM, CHANGE_ORDER -> true;
			default -> false;
		};
		List<OrderView> active = active();
		if (wantsActive) {
			if (active.size() > 1) {
				return new Choice(null, true);
			}
			if (active.size() == 1) {
				return new Choice(active.get(0), false);
			}
		}
		Optional<OrderView> delivered = this.recent.stream()
			.filter(o -> o.status() == OrderStatus.DELIVERED)
			.filter(o -> o.deliveredAt() == null || o.deliveredAt().isAfter(now.minus(Duration.ofDays(3))))
			.findFirst();
		if (!wantsActive && delivered.isPresent()) {
			return new Choice(delivered.get(), false);
		}
		return new Choice(this.recent.stream().findFirst().orElse(null), false);
	}

	/**
	 * The memory the bot greets with: an order delivered in the last 48 hours at least 15
	 * minutes late, measured by the order's own rule ({@link OrderView#lateBy}); what is
	 * owed for it is the late playbook's to say.
	 */
	Optional<OrderView> deliveredLateRecently(Instant now) {
		return this.recent.stream()
			.filter(o -> o.deliveredAt() != null && o.deliveredAt().isAfter(now.minus(RECENTLY_DELIVERED)))
			.filter(o -> o.lateBy(now).compareTo(WORTH_MENTIONING) >= 0)
			.findFirst();
	}

	record Choice(OrderView order, boolean ambiguous) {
	}

}
