package io.yordam.orders;

import java.util.List;
import java.util.Optional;

import io.yordam.access.Participant;

/** Reads the order mirror. */
public interface Orders {

	Optional<OrderView> find(OrderId id);

	/**
	 * The order, when the participant is party to it (its customer, its courier, its
	 * restaurant); empty alike for an order of others and for none at all.
	 */
	Optional<OrderView> findAsParty(OrderId id, Participant participant);

	/** The customer's orders, newest first. */
	List<OrderView> recentOf(String customerId, int limit);

	/**
	 * Orders created since a moment, counted by restaurant, courier, city or menu item.
	 */
	List<OrderVolume> volume(OrderVolume.By by, java.time.Instant since);

	/**
	 * The menu of the order's restaurant as the platform reported it: the lines of that
	 * restaurant's recent orders in the mirror, each sku once at its latest price, the
	 * most ordered first. Support has no menu of its own; empty for an unknown order.
	 */
	List<MenuItem> menuOf(OrderId order);

	/**
	 * The orders with this customer-facing number (E24-…) as the platform wrote it, or in
	 * capitals: usually one.
	 */
	List<OrderId> idsByNumber(String number);

	/**
	 * The customers (ids) whose orders carry this phone, however it is written (see
	 * {@link PhoneDigits}), the one who ordered last first; none for text that is no
	 * phone.
	 */
	List<String> customersByPhone(String phone);

	/**
	 * The couriers (ids) whose orders carry this phone as the courier's, the one who
	 * delivered last first; none for text that is no phone.
	 */
	List<String> couriersByPhone(String phone);

	/** The courier's orders, newest first. */
	List<OrderView> recentOfCourier(String courierId, int limit);

}
