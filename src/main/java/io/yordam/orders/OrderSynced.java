package io.yordam.orders;

import java.time.Instant;

/**
 * The mirror of an order changed because the platform reported something. Carries what
 * the customer-360 and the notifications need without reading the order back.
 */
public record OrderSynced(OrderId orderId, String number, PlatformEventType eventType, OrderStatus status,
		PaymentStatus paymentStatus, String city, String customerId, String customerName, String customerPhone,
		String customerLocale, Instant orderCreatedAt, Instant occurredAt) {

	@Override
	public String toString() {
		return "OrderSynced[" + this.orderId + " " + this.eventType + " " + this.status + "]";
	}

}
