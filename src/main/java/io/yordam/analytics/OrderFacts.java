package io.yordam.analytics;

import java.time.Instant;

import io.yordam.orders.OrderSynced;
import io.yordam.orders.OrderView;
import io.yordam.orders.Orders;
import io.yordam.orders.PlatformEventType;

import org.springframework.stereotype.Component;

/**
 * Orders, the denominator of the rates per 1,000 orders: counted once when created, under
 * their city and restaurant, and under their courier once one is assigned (in the hour
 * the order was created, so a rate's numerator and denominator share a period), and under
 * each of its dishes. The created order is also the next order of the customer's earlier
 * contacts ({@link NextOrders}).
 */
@Component
class OrderFacts {

	private final Orders orders;

	private final Rollups rollups;

	private final DishFacts dishes;

	private final NextOrders nextOrders;

	OrderFacts(Orders orders, Rollups rollups, DishFacts dishes, NextOrders nextOrders) {
		this.orders = orders;
		this.rollups = rollups;
		this.dishes = dishes;
		this.nextOrders = nextOrders;
	}

	void synced(OrderSynced event) {
		String id = event.orderId().value();
		Instant created = (event.orderCreatedAt() != null) ? event.orderCreatedAt() : event.occurredAt();
		OrderView order = this.orders.find(event.orderId()).orElse(null);
		if (this.rollups.once("order:" + id, created)) {
			this.nextOrders.ordered(id, event.customerId(), created);
			this.rollups.add(Metric.ORDERS, created,
					Dimensions.desk()
						.with(Dimension.CITY, event.city())
						.with(Dimension.RESTAURANT, (order != null) ? order.restaurantName() : null),
					1);
		}
		if (order != null) {
			this.dishes.ordered(order, created);
		}
		if ((event.eventType() == PlatformEventType.COURIER_ASSIGNED || event.firstSeen()) && order != null
				&& order.courierName() != null && this.rollups.once("order-courier:" + id, created)) {
			this.rollups.add(Metric.ORDERS, created, Dimensions.only(Dimension.COURIER, order.courierName()), 1);
		}
	}

}
