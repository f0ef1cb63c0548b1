package io.yordam.orders;

import java.util.List;
import java.util.Optional;

/** Reads the order mirror. */
public interface Orders {

	Optional<OrderView> find(OrderId id);

	/** The customer's orders, newest first. */
	List<OrderView> recentOf(String customerId, int limit);

}
