package io.yordam.analytics;

import java.time.Instant;

import io.yordam.orders.OrderSynced;
import io.yordam.orders.OrderView;
import io.yordam.orders.Orders;
import io.yordam.orders.PlatformEventType;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Orders, the denominator of the rates per 1,000 orders: counted once when created, under
 * their city and restaurant, and under their courier once one is assigned (in the hour
 * the order was created, so a rate's numerator and denominator share a period), and under
 * each of its dishes. The created order is also kept for retention after a contact.
 */
@Component
class OrderFacts {

	private final Orders orders;

	private final Rollups rollups;

	private final DishFacts dishes;

	private final JdbcTemplate jdbc;

	OrderFacts(Orders orders, Rollups rollups, DishFacts dishes, JdbcTemplate jdbc) {
		this.orders = orders;
		this.rollups = rollups;
		this.dishes = dishes;
		this.jdbc = jdbc;
	}

	void synced(OrderSynced event) {
		String id = event.orderId().value();
		Instant created = (event.orderCreatedAt() != null) ? event.orderCreatedAt() : event.occurredAt();
		OrderView order = this.orders.find(event.orderId()).orElse(null);
		if (this.rollups.once("order:" + id, created)) {
			this.jdbc.update("insert into analytics_orders (order_id, customer_id, created_at) values (?, ?, ?)", id,
					event.customerId(), Sql.at(created));
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
