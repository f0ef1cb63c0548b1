package io.yordam.orders;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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

	/** One event: a batch of one. */
	@Transactional
	Outcome take(PlatformEventPayload event, boolean lockOrders) {
		return takeAll(List.of(event), lockOrders).get(0);
	}

	/**
	 * Takes a batch in one transaction, in its order: an id taken before, or earlier in
	 * the batch, is a duplicate and changes nothing. The ids taken before are read in one
	 * query; events of one order apply to the same managed order in turn.
	 * <p>
	 * A first attempt reads its orders unlocked: the platform sends one order's events
	 * one after another, and a row lock is a write the common case does not need. An
	 * attempt after a lost race ({@code lockOrders}) locks them in id order, so it waits
	 * for the other writer instead of losing again, and two batches lock shared orders in
	 * the same order, so they cannot deadlock.
	 */
	@Transactional
	List<Outcome> takeAll(List<PlatformEventPayload> events, boolean lockOrders) {
		Set<String> taken = new HashSet<>();
		this.received.findAllById(events.stream().map(PlatformEventPayload::id).toList())
			.forEach(event -> taken.add(event.getId()));
		// Loaded and locked here, the orders are managed: apply() finds them in the
		// session.
		this.orders.lockAll(events.stream().map(event -> event.order().snapshot().id()).distinct().sorted().toList());
		List<Outcome> outcomes = new ArrayList<>(events.size());
		for (PlatformEventPayload event : events) {
			if (!taken.add(event.id())) {
				outcomes.add(Outcome.DUPLICATE);
				continue;
			}
			apply(event);
			outcomes.add(Outcome.APPLIED);
		}
		return outcomes;
	}

	/**
	 * The event's id, then its snapshot on the mirror. A copy racing in fails on the id's
	 * primary key when the transaction commits, and the whole transaction changes
	 * nothing; so does an order first seen by two events at once (the door tries the
	 * loser again, and it then finds the order).
	 */
	private void apply(PlatformEventPayload event) {
		OrderSnapshot snapshot = event.order().snapshot();
		this.received.save(new ReceivedPlatformEvent(event.id(), event.type(), snapshot.id(), event.occurredAt(),
				this.clock.instant()));
		PlatformEventType type = PlatformEventType.ofWire(event.type());
		NewsOfOrder news = event.news();
		Order order = this.orders.findById(snapshot.id()).map(existing -> {
			existing.sync(snapshot, type, event.occurredAt(), news);
			return existing;
		}).orElseGet(() -> Order.firstSeen(snapshot, type, event.occurredAt(), news));
		this.orders.save(order);
	}

	enum Outcome {

		APPLIED, DUPLICATE

	}

}
