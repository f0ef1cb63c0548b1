package io.yordam.demo;

import io.yordam.support.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;

import io.yordam.orders.OrderStatus;
import io.yordam.orders.PaymentMethod;
import io.yordam.orders.PaymentStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class OrderLifecycleTests {

	static final Duration TICK = Duration.ofSeconds(3);

	private final DemoWorld world = DemoWorld.generate(42);

	private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));

	private final OrderLifecycle lifecycle = new OrderLifecycle(this.world, new Random(7), this.clock);

	private int numbers;

	@Test
	void opensAnOrderWithAPromiseAndAPrice() {
		DemoOrder order = open();
		DemoOrder.State state = order.state();
		assertThat(state.status()).isEqualTo(OrderStatus.CREATED);
		assertThat(state.items()).hasSizeBetween(1, 3).allMatch(i -> i.quantity() > 0 && i.unitPrice() > 0);
		assertThat(state.total())
			.isEqualTo(state.items().stream().mapToLong(i -> i.quantity() * i.unitPrice()).sum() + state.deliveryFee());
		assertThat(state.restaurant().city()).isEqualTo(state.customer().city());
		assertThat(state.promisedAt()).isEqualTo(this.clock.instant().plus(OrderLifecycle.PROMISE));
		assertThat(state.eta()).isBefore(state.promisedAt());
		assertThat(state.timeline()).extracting(DemoOrder.Change::status).containsExactly(OrderStatus.CREATED);
		assertThat(this.lifecycle.step(order)).as("nothing is due at once").isEmpty();
	}

	@Test
	void ordersOnlyMoveForwardAndAllFinishWithinAQuarterOfAnHour() {
		Map<DemoOrder, List<PlatformEvent>> events = run(500);
		events.forEach((order, steps) -> {
			DemoOrder.State last = order.state();
			assertThat(last.status().isTerminal()).as(last.toString()).isTrue();
			assertThat(last.timeline()).extracting(c -> c.status().ordinal()).isSorted();
			assertThat(last.timeline()).extracting(DemoOrder.Change::at).isSorted();
			assertThat(steps).extracting(s -> s.order().status().ordinal()).isSorted();
			assertThat(steps.get(0).type()).isEqualTo(PlatformEvent.CREATED);
			if (last.status() == OrderStatus.DELIVERED) {
				assertThat(steps).extracting(PlatformEvent::type)
					.contains(PlatformEvent.COURIER_ASSIGNED)
					.endsWith(PlatformEvent.DELIVERED);
				assertThat(last.timeline()).extracting(DemoOrder.Change::status)
					.containsExactly(OrderStatus.CREATED, OrderStatus.ACCEPTED, OrderStatus.COOKING, OrderStatus.READY,
							OrderStatus.ON_THE_WAY, OrderStatus.DELIVERED);
				assertThat(last.courier()).isNotNull();
				assertThat(last.courier().city()).isEqualTo(last.city());
				assertThat(last.paymentStatus()).isEqualTo(PaymentStatus.PAID);
				assertThat(last.deliveredAt()).isBefore(last.createdAt().plus(Duration.ofMinutes(15)));
			}
			else {
				assertThat(steps).extracting(PlatformEvent::type).endsWith(PlatformEvent.CANCELLED);
			}
		});
	}

	@Test
	void theCourierIsNearOnceBeforeEachDeliveryAndNowAndThenTheKitchenCancelsANamedItem() {
		Map<DemoOrder, List<PlatformEvent>> events = run(800);
		int cancelledItems = 0;
		for (Map.Entry<DemoOrder, List<PlatformEvent>> entry : events.entrySet()) {
			List<String> types = entry.getValue().stream().map(PlatformEvent::type).toList();
			if (entry.getKey().status() == OrderStatus.DELIVERED) {
				assertThat(types.stream().filter(PlatformEvent.COURIER_NEAR::equals)).hasSize(1);
				assertThat(types.indexOf(PlatformEvent.COURIER_NEAR)).isEqualTo(types.size() - 2);
			}
			for (PlatformEvent step : entry.getValue()) {
				if (step.type().equals(PlatformEvent.ITEM_CANCELLED)) {
					cancelledItems++;
					assertThat(step.cancelledItem()).isNotBlank();
					assertThat(step.order().items()).noneMatch(i -> i.name().equals(step.cancelledItem()));
					assertThat(step.order().total())
						.isEqualTo(step.order().items().stream().mapToLong(i -> i.quantity() * i.unitPrice()).sum()
								+ step.order().deliveryFee());
				}
				if (step.type().equals(PlatformEvent.ETA_CHANGED)) {
					assertThat(step.delayReason()).isIn("KITCHEN", "TRAFFIC");
				}
			}
		}
		assertThat(cancelledItems).as("a few in 800 orders").isBetween(3, 120);
	}

	@Test
	void incidentsHappenAtRealisticRates() {
		Map<DemoOrder, List<PlatformEvent>> events = run(2000);
		assertThat(share(events, steps -> has(steps, PlatformEvent.ETA_CHANGED))).isCloseTo(0.15, within(0.03));
		assertThat(share(events, steps -> has(steps, PlatformEvent.PAYMENT_FAILED))).isCloseTo(0.05, within(0.015));
		assertThat(share(events, steps -> has(steps, PlatformEvent.CANCELLED))).isCloseTo(0.04, within(0.015));
		assertThat(share(events, steps -> has(steps, PlatformEvent.PAYMENT_SUCCEEDED))).isPositive();
	}

	@Test
	void aLateOrderIsDeliveredAfterItsPromiseAndAnotherBeforeIt() {
		Map<DemoOrder, List<PlatformEvent>> events = run(300);
		events.forEach((order, steps) -> {
			DemoOrder.State last = order.state();
			if (last.status() != OrderStatus.DELIVERED) {
				return;
			}
			if (has(steps, PlatformEvent.ETA_CHANGED)) {
				PlatformEvent delay = steps.stream()
					.filter(s -> s.type().equals(PlatformEvent.ETA_CHANGED))
					.findFirst()
					.orElseThrow();
				assertThat(delay.order().eta()).isAfter(delay.order().promisedAt());
				assertThat(last.deliveredAt()).isAfter(last.promisedAt());
			}
			else {
				assertThat(last.deliveredAt()).isBeforeOrEqualTo(last.promisedAt());
			}
		});
	}

	@Test
	void anUnpaidOrderIsDroppedUnlessSupportSwitchesItToCash() {
		DemoOrder dropped = openUntil(o -> o.plan().declined() && !o.plan().recoversAlone());
		DemoOrder rescued = openUntil(o -> o.plan().declined() && !o.plan().recoversAlone());
		List<PlatformEvent> droppedSteps = new ArrayList<>();
		List<PlatformEvent> rescuedSteps = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			this.clock.advance(TICK);
			this.lifecycle.step(dropped).ifPresent(droppedSteps::add);
			this.lifecycle.step(rescued).ifPresent(rescuedSteps::add);
		}
		assertThat(droppedSteps).extracting(PlatformEvent::type).containsExactly(PlatformEvent.PAYMENT_FAILED);
		assertThat(rescued.paymentStatus()).isEqualTo(PaymentStatus.FAILED);

		Optional<PlatformEvent> switched = this.lifecycle.rescuePayment(rescued, true);
		assertThat(switched).get().extracting(PlatformEvent::type).isEqualTo(PlatformEvent.PAYMENT_SUCCEEDED);
		assertThat(switched.get().order().paymentMethod()).isEqualTo(PaymentMethod.CASH);
		assertThat(switched.get().order().paymentStatus()).isEqualTo(PaymentStatus.PENDING);

		finish(dropped, droppedSteps);
		finish(rescued, rescuedSteps);
		assertThat(dropped.status()).isEqualTo(OrderStatus.CANCELLED);
		assertThat(rescued.status()).isEqualTo(OrderStatus.DELIVERED);
		assertThat(rescued.paymentStatus()).as("cash collected at the door").isEqualTo(PaymentStatus.PAID);
	}

	@Test
	void refundsAndNewCouriersAreReportedAsEvents() {
		DemoOrder order = openUntil(o -> o.plan().equals(DemoOrder.Plan.SMOOTH));
		while (!order.hasCourier()) {
			this.clock.advance(TICK);
			this.lifecycle.step(order);
		}
		String first = order.state().courier().id();
		assertThat(this.lifecycle.newCourier(order)).get().satisfies(step -> {
			assertThat(step.type()).isEqualTo(PlatformEvent.COURIER_ASSIGNED);
			assertThat(step.order().courier().id()).isNotEqualTo(first);
		});
		finish(order, new ArrayList<>());
		assertThat(this.lifecycle.newCourier(order)).as("too late for a courier").isEmpty();
		assertThat(this.lifecycle.refund(order)).get()
			.extracting(step -> step.order().paymentStatus())
			.isEqualTo(PaymentStatus.REFUNDED);
		assertThat(this.lifecycle.rescuePayment(order, false)).as("nothing to pay for any more").isEmpty();
	}

	private Map<DemoOrder, List<PlatformEvent>> run(int count) {
		Map<DemoOrder, List<PlatformEvent>> events = new HashMap<>();
		for (int i = 0; i < count; i++) {
			DemoOrder order = open();
			events.put(order, new ArrayList<>(List.of(PlatformEvent.created(order))));
		}
		for (int tick = 0; tick < 1000 && events.keySet().stream().anyMatch(o -> o.status().isActive()); tick++) {
			this.clock.advance(TICK);
			events.forEach((order, steps) -> this.lifecycle.step(order).ifPresent(steps::add));
		}
		return events;
	}

	private void finish(DemoOrder order, List<PlatformEvent> steps) {
		for (int tick = 0; tick < 1000 && order.status().isActive(); tick++) {
			this.clock.advance(TICK);
			this.lifecycle.step(order).ifPresent(steps::add);
		}
	}

	private DemoOrder open() {
		DemoWorld.Customer customer = this.world.customers().get(this.numbers % this.world.customers().size());
		this.numbers++;
		return this.lifecycle.open("dm-test-" + this.numbers, "E24-" + (100_000 + this.numbers), customer);
	}

	private DemoOrder openUntil(Predicate<DemoOrder> wanted) {
		for (int i = 0; i < 10_000; i++) {
			DemoOrder order = open();
			if (wanted.test(order)) {
				return order;
			}
		}
		throw new AssertionError("no such order in 10 000");
	}

	private static boolean has(List<PlatformEvent> steps, String type) {
		return steps.stream().anyMatch(s -> s.type().equals(type));
	}

	private static double share(Map<DemoOrder, List<PlatformEvent>> events, Predicate<List<PlatformEvent>> which) {
		return (double) events.values().stream().filter(which).count() / events.size();
	}

}
