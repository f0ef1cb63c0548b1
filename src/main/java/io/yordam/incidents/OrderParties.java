package io.yordam.incidents;

import io.yordam.orders.OrderView;

import jakarta.persistence.Embeddable;

/**
 * Who the order was from and with, and where, when its incident opened: what the
 * scorecards count incidents against, even once the order has changed.
 */
@Embeddable
record OrderParties(String restaurantName, String courierName, String city) {

	static final OrderParties NONE = new OrderParties(null, null, null);

	static OrderParties of(OrderView order) {
		return new OrderParties(order.restaurantName(), order.courierName(), order.city());
	}

}
