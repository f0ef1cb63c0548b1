package io.yordam.bot;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.yordam.common.Money;
import io.yordam.orders.OrderId;
import io.yordam.orders.OrderStatus;
import io.yordam.orders.OrderView;
import io.yordam.orders.PaymentMethod;
import io.yordam.orders.PaymentStatus;

/**
 * An order as the bot reads it, for the dialogue's unit tests: placed at a moment,
 * promised 45 minutes later, as the platform does.
 */
final class OrderViewBuilder {

	private static int next = 1040;

	private String id = "o-" + next;

	private String number = Integer.toString(next++);

	private String customerId = TurnFixture.CUSTOMER;

	private String restaurant = "Rayhon";

	private OrderStatus status = OrderStatus.COOKING;

	private PaymentStatus payment = PaymentStatus.PAID;

	private Instant placedAt = TurnFixture.NOW.minus(Duration.ofMinutes(10));

	private Instant deliveredAt;

	private final List<OrderView.Line> items = new ArrayList<>(
			List.of(new OrderView.Line("plov", "Plov", 1, Money.som(45_000))));

	static OrderViewBuilder anOrder() {
		return new OrderViewBuilder();
	}

	OrderViewBuilder number(String number) {
		this.number = number;
		return this;
	}

	OrderViewBuilder of(String customerId) {
		this.customerId = customerId;
		return this;
	}

	OrderViewBuilder from(String restaurant) {
		this.restaurant = restaurant;
		return this;
	}

	/** The order's lines instead of its one plov. */
	OrderViewBuilder lines(OrderView.Line... lines) {
		this.items.clear();
		this.items.addAll(List.of(lines));
		return this;
	}

	OrderViewBuilder payment(PaymentStatus payment) {
		this.payment = payment;
		return this;
	}

	OrderViewBuilder status(OrderStatus status) {
		this.status = status;
		return this;
	}

	OrderViewBuilder placedAt(Instant at) {
		this.placedAt = at;
		return this;
	}

	/** Delivered at a moment, some minutes after (or, negative, before) the promise. */
	OrderViewBuilder delivered(Instant at, long minutesLate) {
		this.status = OrderStatus.DELIVERED;
		this.deliveredAt = at;
		this.placedAt = at.minus(Duration.ofMinutes(45 + minutesLate));
		return this;
	}

	OrderView build() {
		Instant promised = this.placedAt.plus(Duration.ofMinutes(45));
		Money total = this.items.stream().map(OrderView.Line::amount).reduce(Money.ZERO, Money::plus);
		return new OrderView(new OrderId(this.id), this.number, "Tashkent", this.customerId, "Dilnoza", this.restaurant,
				null, null, List.copyOf(this.items), Money.som(9_000), total, PaymentMethod.CARD, this.payment,
				this.status, promised, (this.deliveredAt != null) ? null : promised, this.deliveredAt, this.placedAt,
				List.of());
	}

}
