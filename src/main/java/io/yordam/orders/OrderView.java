package io.yordam.orders;

import java.time.Instant;
import java.util.List;

import io.yordam.common.Money;

/** An order as support sees it: the snapshot the platform last reported. */
public record OrderView(OrderId id, String number, String city, String customerId, String customerName,
		String restaurantName, String courierName, String courierPhone, List<Line> items, Money deliveryFee,
		Money total, PaymentMethod paymentMethod, PaymentStatus paymentStatus, OrderStatus status, Instant promisedAt,
		Instant eta, Instant deliveredAt, Instant createdAt, List<Step> timeline) {

	/**
	 * Late when it is still on its way past the promised time, or was delivered after it.
	 */
	public boolean isLateAt(Instant now) {
		if (this.promisedAt == null || this.status == OrderStatus.CANCELLED) {
			return false;
		}
		Instant reference = (this.deliveredAt != null) ? this.deliveredAt : now;
		return reference.isAfter(this.promisedAt);
	}

	public record Line(String sku, String name, int quantity, Money unitPrice) {

		public Money amount() {
			return this.unitPrice.times(this.quantity);
		}

	}

	public record Step(OrderStatus status, Instant at) {
	}

}
