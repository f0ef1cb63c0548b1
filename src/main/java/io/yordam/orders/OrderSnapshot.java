package io.yordam.orders;

import java.time.Instant;
import java.util.List;

/** The platform's full picture of an order at one moment, already validated. */
record OrderSnapshot(String id, String number, String city, String customerId, String customerName,
		String customerPhone, String customerLocale, String restaurantId, String restaurantName, String courierId,
		String courierName, String courierPhone, List<OrderLine> items, long deliveryFee, long total, String currency,
		PaymentMethod paymentMethod, PaymentStatus paymentStatus, OrderStatus status, Instant promisedAt, Instant eta,
		Instant deliveredAt, List<StatusChange> timeline) {

	Instant createdAtOr(Instant fallback) {
		return this.timeline.stream()
			.filter(c -> c.status() == OrderStatus.CREATED)
			.map(StatusChange::at)
			.findFirst()
			.orElse(fallback);
	}

}
