package io.yordam.orders;

import java.util.List;
import java.util.Optional;

import io.yordam.access.Participant;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
@Transactional(readOnly = true)
class OrderQueries implements Orders {

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

}
