package io.yordam.incidents;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.yordam.common.Money;
import io.yordam.orders.OrderId;
import io.yordam.orders.OrderStatus;
import io.yordam.orders.OrderView;
import io.yordam.orders.PaymentMethod;
import io.yordam.orders.PaymentStatus;

/**
 * An order as the incidents read it: by default delivered 35 minutes after its promise,
 * paid by card, two plov (45 000 each) and a non (5 000), a 9 000 fee.
 */
final class OrderViewBuilder {

	static final Instant PROMISED = Instant.parse("2026-11-23T12:00:00Z");

	private String id = "o-1";

	private String customerId = "c-1";

	private OrderStatus status = OrderStatus.DELIVERED;

	private PaymentMethod method = PaymentMethod.CARD;

	private PaymentStatus payment = PaymentStatus.PAID;

	private Instant promisedAt = PROMISED;

	private Instant eta;

	private Instant deliveredAt = PROMISED.plus(Duration.ofMinutes(35));

	private OrderViewBuilder() {
	}

	static OrderViewBuilder anOrder() {
		return new OrderViewBuilder();
	}

	OrderViewBuilder id(String id) {
		this.id = id;
		return this;
	}

	OrderViewBuilder customer(String customerId) {
		this.customerId = customerId;
		return this;
	}

	/** On its way (or cooking…): not delivered. */
	OrderViewBuilder active(OrderStatus status) {
		this.status = status;
		this.deliveredAt = null;
		return this;
	}

	OrderViewBuilder paid(PaymentMethod method, PaymentStatus payment) {
		this.method = method;
		this.payment = payment;
		return this;
	}

	OrderViewBuilder eta(Instant eta) {
		this.eta = eta;
		return this;
	}

	OrderView build() {
		return new OrderView(new OrderId(this.id), "E24-" + this.id, "Tashkent", this.customerId, "Dilnoza", "Rayhon",
				"Bekzod", "+998900000000",
				List.of(new OrderView.Line("plov", "Plov", 2, Money.som(45_000)),
						new OrderView.Line("non", "Non", 1, Money.som(5_000))),
				Money.som(9_000), Money.som(104_000), this.method, this.payment, this.status, this.promisedAt, this.eta,
				this.deliveredAt, PROMISED.minus(Duration.ofHours(1)), List.of());
	}

}
