package io.yordam.orders;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.yordam.access.Participant;
import io.yordam.common.Money;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
@Transactional(readOnly = true)
class OrderQueries implements Orders {

	/** How many of the restaurant's latest order lines make its menu. */
	static final int MENU_LINES = 2_000;

	/** The most orders (or customers) one number or phone is read for. */
	static final int SAME_NUMBER = 20;

	private final OrderRepository repository;

	OrderQueries(OrderRepository repository) {
		this.repository = repository;
	}

	@Override
	public Optional<OrderView> find(OrderId id) {
		return this.repository.findById(id.value()).map(Order::view);
	}

	@Override
	public Optional<OrderView> findAsParty(OrderId id, Participant participant) {
		return this.repository.findById(id.value()).filter(o -> o.hasParty(participant)).map(Order::view);
	}

	@Override
	public List<OrderView> recentOf(String customerId, int limit) {
		return this.repository.findByCustomerIdOrderByCreatedAtDesc(customerId, Limit.of(limit))
			.stream()
			.map(Order::view)
			.toList();
	}

	@Override
	public List<MenuItem> menuOf(OrderId order) {
		Map<String, MenuItem> bySku = new LinkedHashMap<>();
		Map<String, Set<String>> orders = new HashMap<>();
		for (Object[] row : this.repository.linesOfTheRestaurantOf(order.value(), Limit.of(MENU_LINES))) {
			String sku = (String) row[0];
			// Newest first: the first price seen is the latest one.
			bySku.putIfAbsent(sku, new MenuItem(sku, (String) row[1], Money.som(((Number) row[2]).longValue()), 0));
			orders.computeIfAbsent(sku, s -> new HashSet<>()).add((String) row[3]);
		}
		return bySku.values()
			.stream()
			.map(i -> new MenuItem(i.sku(), i.name(), i.unitPrice(), orders.get(i.sku()).size()))
			.sorted(Comparator.comparingLong(MenuItem::orders).reversed().thenComparing(MenuItem::name))
			.toList();
	}

	@Override
	public List<OrderVolume> volume(OrderVolume.By by, java.time.Instant since) {
		List<Object[]> rows = switch (by) {
			case RESTAURANT -> this.repository.volumeByRestaurant(since);
			case COURIER -> this.repository.volumeByCourier(since);
			case CITY -> this.repository.volumeByCity(since);
			case ITEM -> this.repository.volumeByItem(since);
		};
		return rows.stream()
			.map(r -> new OrderVolume((String) r[0], (String) r[1], ((Number) r[2]).longValue()))
			.toList();
	}

	@Override
	public List<OrderId> idsByNumber(String number) {
		if (number == null || number.isBlank() || number.length() > 32) {
			return List.of();
		}
		Set<String> ids = new java.util.LinkedHashSet<>(this.repository.idsByNumber(number, Limit.of(SAME_NUMBER)));
		String capitals = number.toUpperCase(java.util.Locale.ROOT);
		if (!capitals.equals(number)) {
			ids.addAll(this.repository.idsByNumber(capitals, Limit.of(SAME_NUMBER)));
		}
		return ids.stream().map(OrderId::new).toList();
	}

	@Override
	public List<String> customersByPhone(String phone) {
		return PhoneDigits.of(phone)
			.map(digits -> this.repository.customersByPhoneDigits(digits, Limit.of(SAME_NUMBER)))
			.orElse(List.of());
	}

	@Override
	public List<String> couriersByPhone(String phone) {
		return PhoneDigits.of(phone)
			.map(digits -> this.repository.couriersByPhoneDigits(digits, Limit.of(SAME_NUMBER)))
			.orElse(List.of());
	}

	@Override
	public List<OrderView> recentOfCourier(String courierId, int limit) {
		return this.repository.findByCourierIdOrderByCreatedAtDesc(courierId, Limit.of(limit))
			.stream()
			.map(Order::view)
			.toList();
	}

}
