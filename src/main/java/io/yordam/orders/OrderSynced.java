package io.yordam.orders;

import java.time.Instant;

/**
 * The mirror of an order changed because the platform reported something. Carries what
 * the customer-360 and the notifications need without reading the order back.
 *
 * @param firstSeen the mirror did not know the order before this event (events stored
 * before this was carried read false)
 */
public record OrderSynced(OrderId orderId, String number, PlatformEventType eventType, OrderStatus status,
		PaymentStatus paymentStatus, String city, String customerId, String customerName, String customerPhone,
		String customerLocale, Instant orderCreatedAt, Instant occurredAt, Boolean firstSeen) {

	public OrderSynced {
		firstSeen = Boolean.TRUE.equals(firstSeen);
	}

	public OrderSynced(OrderId orderId, String number, PlatformEventType eventType, OrderStatus status,
			PaymentStatus paymentStatus, String city, String customerId, String customerName, String customerPhone,
			String customerLocale, Instant orderCreatedAt, Instant occurredAt) {
		this(orderId, number, eventType, status, paymentStatus, city, customerId, customerName, customerPhone,
				customerLocale, orderCreatedAt, occurredAt, false);
	}

	@Override
	public String toString() {
		return "OrderSynced[" + this.orderId + " " + this.eventType + " " + this.status + "]";
	}

}
