package io.yordam.tickets;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.yordam.common.InvalidInputException;
import io.yordam.orders.OrderView;
import io.yordam.orders.Orders;

import org.springframework.stereotype.Component;

/**
 * Finds platform customers by what an agent has at hand: a phone (in any writing), an
 * order's number, or the customer's id. The order mirror knows them all.
 */
@Component
class CustomerFinder {

	private static final int MAX = 10;

	private final Orders orders;

	CustomerFinder(Orders orders) {
		this.orders = orders;
	}

	List<CustomerMatch> find(String query) {
		String q = (query == null) ? "" : query.strip();
		if (q.isEmpty() || q.length() > 64) {
			throw new InvalidInputException("q", "length", "A phone, an order number or a customer id (1 to 64)");
		}
		Map<String, CustomerMatch> found = new LinkedHashMap<>();
		this.orders.customersByPhone(q).forEach(id -> byId(id).ifPresent(m -> found.putIfAbsent(id, m)));
		this.orders.idsByNumber(q)
			.forEach(order -> this.orders.find(order)
				.flatMap(view -> byId(view.customerId()))
				.ifPresent(m -> found.putIfAbsent(m.customerId(), m)));
		byId(q).ifPresent(m -> found.putIfAbsent(m.customerId(), m));
		return found.values().stream().limit(MAX).toList();
	}

	/** A customer the mirror has orders of, with their name and last order. */
	Optional<CustomerMatch> byId(String customerId) {
		if (customerId == null || customerId.isBlank() || customerId.length() > 64) {
			return Optional.empty();
		}
		List<OrderView> last = this.orders.recentOf(customerId, 1);
		return last.stream().findFirst().map(o -> new CustomerMatch(customerId, o.customerName(), o.number()));
	}

}
