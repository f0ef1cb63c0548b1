package io.yordam.orders;

import java.util.List;
import java.util.Optional;

/** Reads the order mirror. */
public interface Orders {

	Optional<OrderView> find(OrderId id);

	/** The customer's orders, newest first. */
	List<OrderView> recentOf(String customerId, int limit);

	/**
	 * Orders created since a moment, counted by restaurant, courier, city or menu item.
	 */
	List<OrderVolume> volume(OrderVolume.By by, java.time.Instant since);

}
