package io.yordam.orders;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.yordam.common.Money;

/** An order as support sees it: the snapshot the platform last reported. */
public record OrderView(OrderId id, String number, String city, String customerId, String customerName,
		String restaurantName, String courierName, String courierPhone, List<Line> items, Money deliveryFee,
		Money total, PaymentMethod paymentMethod, PaymentStatus paymentStatus, OrderStatus status, Instant promisedAt,
		Instant eta, Instant deliveredAt, Instant createdAt, List<Step> timeline) {

	/**
	 * Whether the order is late at a moment: {@link #lateBy} is more than zero. The one
	 * rule the incidents' eligibility, the bot and the queue's badge read.
	 */
	public boolean isLateAt(Instant now) {
		return lateBy(now).isPositive();
	}

	/**
	 * How late the order is at a moment: the one definition of lateness. Late means past
	 * the promised time, and by how much is measured from it:
	 * <ul>
	 * <li>delivered: by how much it arrived after the promise;</li>
	 * <li>on its way, once the promise has passed: until it arrives, that is until its
	 * live ETA when the platform reports one later than now, otherwise until now (the
	 * late-delivery playbook pays by this);</li>
	 * <li>before the promised time it is not late, whatever the ETA foretells: an ETA
	 * beyond the promise is a forecast, and support makes up for what happened, not for
	 * what may;</li>
	 * <li>cancelled, or without a promised time: never late.</li>
	 * </ul>
	 * @return zero when not late
	 */
	public Duration lateBy(Instant now) {
		if (this.promisedAt == null || this.status == OrderStatus.CANCELLED) {
			return Duration.ZERO;
		}
		Instant arrival;
		if (this.deliveredAt != null) {
			arrival = this.deliveredAt;
		}
		else if (now.isAfter(this.promisedAt)) {
			arrival = (this.eta != null && this.eta.isAfter(now)) ? this.eta : now;
		}
		else {
			return Duration.ZERO;
		}
		Duration late = Duration.between(this.promisedAt, arrival);
		return late.isNegative() ? Duration.ZERO : late;
	}

	public record Line(String sku, String name, int quantity, Money unitPrice) {

		public Money amount() {
			return this.unitPrice.times(this.quantity);
		}

	}

	public record Step(OrderStatus status, Instant at) {
	}

}
