package io.yordam.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import io.yordam.demo.DemoWorld.Customer;

/**
 * The platform's orders, in memory, and the one way their events leave for Yordam. A
 * restart forgets them; Yordam keeps its mirror.
 */
final class DemoOrderBook {

	private static final Comparator<DemoOrder.State> NEWEST_FIRST = Comparator.comparing(DemoOrder.State::createdAt)
		.thenComparing(DemoOrder.State::number)
		.reversed();

	private final Map<String, DemoOrder> orders = new ConcurrentHashMap<>();

	private final OrderLifecycle lifecycle;

	private final YordamClient yordam;

	private final DemoOutbox outbox;

	/** Tells this run's order ids from those of earlier runs, which Yordam still has. */
	private final String run;

	private final AtomicLong numbers;

	DemoOrderBook(OrderLifecycle lifecycle, YordamClient yordam, DemoOutbox outbox, Clock clock) {
		this.lifecycle = lifecycle;
		this.yordam = yordam;
		this.outbox = outbox;
		long started = clock.instant().getEpochSecond();
		this.run = Long.toString(started, 36);
		this.numbers = new AtomicLong(100_000 + started % 800_000);
	}

	/** Places an order in the background, as the simulator does. */
	DemoOrder open(Customer customer) {
		DemoOrder order = newOrder(customer);
		this.orders.put(order.id(), order);
		publish(PlatformEvent.created(order));
		return order;
	}

	/**
	 * Places an order and tells Yordam before answering, so that the caller can talk
	 * about it at once. Throws when Yordam does not take it.
	 */
	DemoOrder place(Customer customer) {
		DemoOrder order = newOrder(customer);
		this.yordam.post(PlatformEvent.created(order));
		this.orders.put(order.id(), order);
		return order;
	}

	/**
	 * The demo's "make it run late" (see OrderLifecycle.runLate); empty once it is done.
	 */
	Optional<DemoOrder.State> runLate(String id, Duration by) {
		return find(id).flatMap(order -> this.lifecycle.runLate(order, by).map(step -> {
			this.yordam.post(step);
			return order.state();
		}));
	}

	void publish(PlatformEvent step) {
		this.outbox.submit("send " + step.type() + " of " + step.order().number(), () -> this.yordam.post(step));
	}

	boolean canReachYordam() {
		return this.yordam.baseUrl().isPresent();
	}

	Optional<DemoOrder> find(String id) {
		return Optional.ofNullable(this.orders.get(id));
	}

	List<DemoOrder.State> of(String customerId) {
		return this.orders.values()
			.stream()
			.filter(o -> o.customer().id().equals(customerId))
			.map(DemoOrder::state)
			.sorted(NEWEST_FIRST)
			.toList();
	}

	List<DemoOrder> all() {
		return List.copyOf(this.orders.values());
	}

	List<DemoOrder> active() {
		return this.orders.values().stream().filter(o -> o.status().isActive()).toList();
	}

	/** Keeps memory bounded: finished orders are dropped after a while. */
	void forgetFinishedBefore(Instant cutoff) {
		this.orders.values().removeIf(o -> {
			DemoOrder.State state = o.state();
			return state.status().isTerminal() && state.timeline().getLast().at().isBefore(cutoff);
		});
	}

	private DemoOrder newOrder(Customer customer) {
		long number = this.numbers.incrementAndGet();
		return this.lifecycle.open("dm-" + this.run + "-" + number, "E24-" + number, customer);
	}

}
