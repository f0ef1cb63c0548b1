package io.yordam.orders;

import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

interface OrderRepository extends JpaRepository<Order, String> {

	/**
	 * The orders of these ids, locked for this transaction in id order (the intake's
	 * attempt after a lost race).
	 */
	@org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
	@org.springframework.data.jpa.repository.Query("select o from Order o where o.id in :ids order by o.id")
	List<Order> lockAll(java.util.Collection<String> ids);

	List<Order> findByCustomerIdOrderByCreatedAtDesc(String customerId, Limit limit);

	@org.springframework.data.jpa.repository.Query("select o.restaurantName, o.restaurantName, count(o) from Order o where o.createdAt >= :since group by o.restaurantName")
	List<Object[]> volumeByRestaurant(java.time.Instant since);

	@org.springframework.data.jpa.repository.Query("select o.courierName, o.courierName, count(o) from Order o where o.createdAt >= :since and o.courierName is not null group by o.courierName")
	List<Object[]> volumeByCourier(java.time.Instant since);

	@org.springframework.data.jpa.repository.Query("select o.city, o.city, count(o) from Order o where o.createdAt >= :since group by o.city")
	List<Object[]> volumeByCity(java.time.Instant since);

	@org.springframework.data.jpa.repository.Query("select i.sku, max(i.name), count(distinct o.id) from Order o join o.items i where o.createdAt >= :since group by i.sku")
	List<Object[]> volumeByItem(java.time.Instant since);

	/**
	 * The lines of the restaurant's orders, newest order first: sku, name, unit price.
	 */
	@org.springframework.data.jpa.repository.Query("select i.sku, i.name, i.unitPrice, o.id from Order o join o.items i where o.restaurantId = (select r.restaurantId from Order r where r.id = :orderId) order by o.createdAt desc, o.id")
	List<Object[]> linesOfTheRestaurantOf(String orderId, Limit limit);

	/** The ids of the orders with this customer-facing number. */
	@org.springframework.data.jpa.repository.Query("select o.id from Order o where o.number = :number")
	List<String> idsByNumber(String number, Limit limit);

	/** The customers whose orders carry this phone, the latest order's first. */
	@org.springframework.data.jpa.repository.Query("select o.customerId from Order o where o.customerPhoneDigits = :digits group by o.customerId order by max(o.createdAt) desc")
	List<String> customersByPhoneDigits(String digits, Limit limit);

	/** The couriers whose orders carry this phone, the latest order's first. */
	@org.springframework.data.jpa.repository.Query("select o.courierId from Order o where o.courierPhoneDigits = :digits and o.courierId is not null group by o.courierId order by max(o.createdAt) desc")
	List<String> couriersByPhoneDigits(String digits, Limit limit);

	List<Order> findByCourierIdOrderByCreatedAtDesc(String courierId, Limit limit);

}
