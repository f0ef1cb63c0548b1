package io.yordam.workspace;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.yordam.incidents.IncidentView;
import io.yordam.orders.OrderId;
import io.yordam.orders.OrderView;
import io.yordam.orders.Orders;

/**
 * The orders a ticket's incidents are about, so the panel names what a person knows: the
 * order's number and its dishes, not the platform's ids and skus (those go in tooltips).
 */
record IncidentOrders(Map<String, OrderView> byId) {

	static IncidentOrders of(List<IncidentView> incidents, OrderView linked, Orders orders) {
		Map<String, OrderView> byId = new HashMap<>();
		if (linked != null) {
			byId.put(linked.id().value(), linked);
		}
		for (IncidentView incident : incidents) {
			if (incident.orderId() != null && !byId.containsKey(incident.orderId())) {
				orders.find(new OrderId(incident.orderId())).ifPresent(o -> byId.put(incident.orderId(), o));
			}
		}
		return new IncidentOrders(byId);
	}

	/** The order's number (E24-…), or a dash when the order is unknown here. */
	public String number(String orderId) {
		OrderView order = this.byId.get(orderId);
		return (order != null) ? order.number() : "—";
	}

	/** A dish's name on the order the incident is about, by its sku. */
	public String item(String orderId, String sku) {
		OrderView order = this.byId.get(orderId);
		if (order == null) {
			return sku;
		}
		return order.items()
			.stream()
			.filter(l -> l.sku().equals(sku))
			.map(OrderView.Line::name)
			.findFirst()
			.orElse(sku);
	}

	/** The dishes an incident names, joined for one line. */
	public String items(IncidentView incident) {
		return String.join(", ", incident.facts().items().stream().map(sku -> item(incident.orderId(), sku)).toList());
	}

}
