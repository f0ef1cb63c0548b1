package io.yordam.analytics;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import io.yordam.orders.OrderView;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Dishes, as far as the order mirror names them (every order carries its lines from its
 * creation): an order counts once under each dish it has, in the hour it was created; a
 * contact about an order once under each of that order's dishes, in the hour it was
 * opened. So a dish's contacts per 1,000 orders compare its orders' contacts with its
 * orders. Which dish a complaint is about is not told (only an incident names items, in
 * the incidents' scorecards): a bad dish shows as a rate above its own baseline, not as a
 * count of complaints about it. Runs in the caller's transaction, under its fact keys.
 */
@Component
class DishFacts {

	private final Rollups rollups;

	private final JdbcTemplate jdbc;

	DishFacts(Rollups rollups, JdbcTemplate jdbc) {
		this.rollups = rollups;
		this.jdbc = jdbc;
	}

	void ordered(OrderView order, Instant created) {
		if (this.rollups.once("order-dishes:" + order.id().value(), created)) {
			for (String sku : dishes(order).keySet()) {
				this.rollups.add(Metric.ORDERS, created, Dimensions.only(Dimension.DISH, sku), 1);
			}
		}
	}

	void contacted(UUID ticketId, OrderView order, Instant opened) {
		if (this.rollups.once("contact-dishes:" + ticketId, opened)) {
			for (String sku : dishes(order).keySet()) {
				this.rollups.add(Metric.CONTACTS, opened, Dimensions.only(Dimension.DISH, sku), 1);
				Sql.insertOnce(this.jdbc, "insert into analytics_ticket_dishes (sku, ticket_id) values (?, ?)", sku,
						ticketId);
			}
		}
	}

	/** The order's dishes, each once, their names kept for the cut's labels. */
	private Map<String, String> dishes(OrderView order) {
		Map<String, String> dishes = new LinkedHashMap<>();
		for (OrderView.Line line : order.items()) {
			if (line.sku() != null && !line.sku().isBlank() && dishes.putIfAbsent(line.sku(), line.name()) == null) {
				Sql.insertOnce(this.jdbc, "insert into analytics_dishes (sku, name, restaurant) values (?, ?, ?)",
						line.sku(), line.name(), order.restaurantName());
			}
		}
		return dishes;
	}

}
