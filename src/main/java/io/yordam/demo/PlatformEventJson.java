package io.yordam.demo;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.yordam.demo.DemoOrder.State;
import io.yordam.orders.OrderStatus;
import io.yordam.orders.PaymentMethod;
import io.yordam.orders.PaymentStatus;

/**
 * The body of one event as the platform sends it to {@code POST /api/v1/platform/events}
 * (docs/integration.md). Written from the platform's side, so it repeats the contract
 * instead of borrowing Yordam's own reader.
 */
record PlatformEventJson(String id, String type, Instant occurredAt, OrderJson order, String delayReason,
		CancelledItemJson cancelledItem) {

	static PlatformEventJson of(PlatformEvent step) {
		return new PlatformEventJson(UUID.randomUUID().toString(), step.type(), step.at(), OrderJson.of(step.order()),
				step.delayReason(),
				(step.cancelledItem() != null) ? new CancelledItemJson(null, step.cancelledItem()) : null);
	}

	record CancelledItemJson(String sku, String name) {
	}

	record OrderJson(String id, String number, String city, PartyJson customer, RestaurantJson restaurant,
			PartyJson courier, List<ItemJson> items, long deliveryFee, long total, String currency, PaymentJson payment,
			OrderStatus status, Instant promisedAt, Instant eta, Instant deliveredAt, List<StepJson> timeline) {

		static OrderJson of(State order) {
			PartyJson courier = (order.courier() != null)
					? new PartyJson(order.courier().id(), order.courier().name(), order.courier().phone(), null) : null;
			return new OrderJson(order.id(), order.number(), order.city(),
					new PartyJson(order.customer().id(), order.customer().name(), order.customer().phone(),
							order.customer().locale()),
					new RestaurantJson(order.restaurant().id(), order.restaurant().name()), courier,
					order.items()
						.stream()
						.map(i -> new ItemJson(i.sku(), i.name(), i.quantity(), i.unitPrice()))
						.toList(),
					order.deliveryFee(), order.total(), "UZS",
					new PaymentJson(order.paymentMethod(), order.paymentStatus()), order.status(), order.promisedAt(),
					order.eta(), order.deliveredAt(),
					order.timeline().stream().map(c -> new StepJson(c.status(), c.at())).toList());
		}

	}

	record PartyJson(String id, String name, String phone, String locale) {
	}

	record RestaurantJson(String id, String name) {
	}

	record ItemJson(String sku, String name, int quantity, long unitPrice) {
	}

	record PaymentJson(PaymentMethod method, PaymentStatus status) {
	}

	record StepJson(OrderStatus status, Instant at) {
	}

}
