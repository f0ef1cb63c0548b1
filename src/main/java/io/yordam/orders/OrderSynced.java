package io.yordam.orders;

import java.time.Instant;

/**
 * The mirror of an order changed because the platform reported something. Carries what
 * the customer-360 and the notifications need without reading the order back.
 *
 * @param firstSeen the mirror did not know the order before this event (events stored
 * before this was carried read false)
 * @param news what the event said beyond the state: a delay's reason, a cancelled item
 * (events stored before this was carried read none)
 */
public record OrderSynced(OrderId orderId, String number, PlatformEventType eventType, OrderStatus status,
		PaymentStatus paymentStatus, String city, String customerId, String customerName, String customerPhone,
		String customerLocale, Instant orderCreatedAt, Instant occurredAt, Boolean firstSeen, NewsOfOrder news) {

	public OrderSynced {
		firstSeen = Boolean.TRUE.equals(firstSeen);
		news = (news != null) ? news : NewsOfOrder.NONE;
	}

	public OrderSynced(OrderId orderId, String number, PlatformEventType eventType, OrderStatus status,
			PaymentStatus paymentStatus, String city, String customerId, String customerName, String customerPhone,
			String customerLocale, Instant orderCreatedAt, Instant occurredAt, Boolean firstSeen) {
		this(orderId, number, eventType, status, paymentStatus, city, customerId, customerName, customerPhone,
				customerLocale, orderCreatedAt, occurredAt, firstSeen, NewsOfOrder.NONE);
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
