package io.yordam.orders;

import java.time.Clock;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Takes one verified platform event into the order mirror, exactly once per event id. */
@Service
class PlatformEventIntake {

	private final OrderRepository orders;

	private final ReceivedPlatformEventRepository received;

	private final Clock clock;

	PlatformEventIntake(OrderRepository orders, ReceivedPlatformEventRepository received, Clock clock) {
		this.orders = orders;
		this.received = received;
		this.clock = clock;
	}

	@Transactional
	Outcome take(PlatformEventPayload event) {
		if (this.received.existsById(event.id())) {
			return Outcome.DUPLICATE;
		}
		OrderSnapshot snapshot = event.order().snapshot();
		this.received.saveAndFlush(new ReceivedPlatformEvent(event.id(), event.type(), snapshot.id(),
				event.occurredAt(), this.clock.instant()));
		PlatformEventType type = PlatformEventType.ofWire(event.type());
		Order order = this.orders.findById(snapshot.id()).map(existing -> {
			existing.sync(snapshot, type, event.occurredAt());
			return existing;
		}).orElseGet(() -> Order.firstSeen(snapshot, type, event.occurredAt()));
		this.orders.save(order);
		return Outcome.APPLIED;
	}

	/** Whether an event with this id has been taken in (committed). */
	@Transactional(readOnly = true)
	boolean taken(String eventId) {
		return this.received.existsById(eventId);
	}

	enum Outcome {

		APPLIED, DUPLICATE

	}

}
