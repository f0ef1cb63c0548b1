package io.yordam.workspace;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.yordam.incidents.Acting;
import io.yordam.incidents.IncidentView;
import io.yordam.incidents.IncidentViews;
import io.yordam.orders.OrderId;
import io.yordam.orders.OrderView;
import io.yordam.orders.Orders;

/**
 * The supervisors' approvals queue as they read it: whose claim (the customer's name),
 * which order (its number), how much, how long it has waited, and who chose the option
 * (the customer, or an operator for them) apart from who opened the incident.
 */
final class Approvals {

	private final IncidentViews incidents;

	private final Orders orders;

	Approvals(IncidentViews incidents, Orders orders) {
		this.incidents = incidents;
		this.orders = orders;
	}

	List<Row> waiting(Acting reader) {
		List<IncidentView> waiting = this.incidents.awaitingApproval(reader);
		Map<String, OrderView> byId = waiting.stream()
			.map(IncidentView::orderId)
			.distinct()
			.flatMap(id -> this.orders.find(new OrderId(id)).stream())
			.collect(Collectors.toMap(o -> o.id().value(), o -> o));
		return waiting.stream().map(i -> Row.of(i, byId.get(i.orderId()))).toList();
	}

	/**
	 * @param order null when the order is unknown here (its id is still in the row's
	 * tooltip)
	 * @param since when the incident began to wait for a supervisor
	 */
	record Row(IncidentView incident, OrderView order, Instant since) {

		static Row of(IncidentView incident, OrderView order) {
			Instant since = incident.log()
				.stream()
				.filter(s -> "approval-requested".equals(s.action()))
				.map(IncidentView.Step::at)
				.reduce((a, b) -> b)
				.orElse(incident.updatedAt());
			return new Row(incident, order, since);
		}

		public boolean customerChose() {
			return this.incident.chosenByCustomer();
		}

		public String customerName() {
			return (this.order != null && this.order.customerName() != null) ? this.order.customerName() : "—";
		}

		public String orderNumber() {
			return (this.order != null) ? this.order.number() : "—";
		}

	}

}
