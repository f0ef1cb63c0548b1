package io.yordam.phone;

import java.util.List;
import java.util.Optional;

import io.yordam.access.Participant;
import io.yordam.orders.OrderView;
import io.yordam.orders.Orders;

/**
 * The order a caller most likely calls about: the one still under way (a customer's, or a
 * courier's on the road), else their last one. Partners have none here.
 */
final class ActiveOrders {

	private final Orders orders;

	ActiveOrders(Orders orders) {
		this.orders = orders;
	}

	Optional<OrderView> of(Participant caller) {
		List<OrderView> recent = switch (caller.role()) {
			case CUSTOMER -> this.orders.recentOf(caller.id(), 5);
			case COURIER -> this.orders.recentOfCourier(caller.id(), 5);
			case PARTNER -> List.of();
		};
		return recent.stream()
			.filter(order -> order.status().isActive())
			.findFirst()
			.or(() -> recent.stream().findFirst());
	}

}
