package io.yordam.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import io.yordam.demo.DemoOrder.Line;
import io.yordam.demo.DemoOrder.Plan;
import io.yordam.demo.DemoWorld.Courier;
import io.yordam.demo.DemoWorld.Customer;
import io.yordam.demo.DemoWorld.Dish;
import io.yordam.demo.DemoWorld.Restaurant;
import io.yordam.orders.OrderStatus;
import io.yordam.orders.PaymentMethod;
import io.yordam.orders.PaymentStatus;

/**
 * How a demo order lives: what happens next, and when. Time is compressed about tenfold,
 * so that an order is delivered within five minutes and a "late" one a few minutes after
 * its promise. Pure: a random source and a clock in, events out; no Spring, no HTTP.
 */
final class OrderLifecycle {

	static final Duration PROMISE = Duration.ofMinutes(5);

	static final double DECLINE_RATE = 0.05;

	/** Of the declined orders, how many the customer fixes without support. */
	static final double RECOVERY_RATE = 0.6;

	/** Cancelled for other reasons; unpaid declined orders add about 2% more. */
	static final double CANCEL_RATE = 0.02;

	static final double LATE_RATE = 0.15;

	/** How often the kitchen runs out of something on an order of several lines. */
	static final double ITEM_CANCEL_RATE = 0.03;

	static final double CARD_SHARE = 0.65;

	/**
	 * How long an unpaid order waits for the customer or support before it is dropped.
	 */
	static final Duration UNPAID_WAIT = Duration.ofMinutes(4);

	private final DemoWorld world;

	private final Random random;

	private final Clock clock;

	OrderLifecycle(DemoWorld world, Random random, Clock clock) {
		this.world = world;
		this.random = random;
		this.clock = clock;
	}

	DemoOrder open(String id, String number, Customer customer) {
		Instant now = now();
		Restaurant restaurant = pick(this.world.restaurantsIn(customer.city()));
		Plan plan = plan();
		PaymentMethod method = (plan.declined() || this.random.nextDouble() < CARD_SHARE) ? PaymentMethod.CARD
				: PaymentMethod.CASH;
		// A card is charged when the order is placed; a declined one stays pending until
		// the bank says no.
		PaymentStatus payment = (method == PaymentMethod.CARD && !plan.declined()) ? PaymentStatus.PAID
				: PaymentStatus.PENDING;
		Instant promisedAt = now.plus(PROMISE);
		DemoOrder order = new DemoOrder(id, number, customer, restaurant, items(restaurant), method, payment, plan, now,
				promisedAt, etaWithin(promisedAt));
		order.scheduleNextStep(now.plus(seconds(8, 20)));
		return order;
	}

	/** The next thing that happens to the order, if it is due. */
	Optional<PlatformEvent> step(DemoOrder order) {
		synchronized (order) {
			Instant now = now();
			if (!order.isDue(now)) {
				return Optional.empty();
			}
			PlatformEvent step = switch (order.status()) {
				case CREATED -> fromCreated(order, now);
				case ACCEPTED -> fromAccepted(order, now);
				case COOKING -> fromCooking(order, now);
				case READY -> fromReady(order, now);
				case ON_THE_WAY -> fromOnTheWay(order, now);
				case DELIVERED, CANCELLED -> throw new IllegalStateException("terminal orders are never due");
			};
			return Optional.of(step);
		}
	}

	/** Support got the payment through: by card again, or by cash at the door. */
	Optional<PlatformEvent> rescuePayment(DemoOrder order, boolean cash) {
		synchronized (order) {
			if (order.status().isTerminal() || order.paymentStatus() == PaymentStatus.REFUNDED) {
				return Optional.empty();
			}
			Instant now = now();
			if (cash) {
				order.switchToCash();
			}
			else {
				order.paid();
			}
			if (order.status() == OrderStatus.CREATED) {
				repromise(order, now);
				order.scheduleNextStep(now.plus(seconds(5, 15)));
			}
			return Optional.of(new PlatformEvent(PlatformEvent.PAYMENT_SUCCEEDED, now, order.state()));
		}
	}

	/**
	 * The demo's "make it run late": the promise was {@code by} ago and the courier now
	 * says a few minutes more, as if the order had been stuck that long (the compressed
	 * demo time never makes an order late enough for late care by itself).
	 */
	Optional<PlatformEvent> runLate(DemoOrder order, Duration by) {
		synchronized (order) {
			if (order.status().isTerminal()) {
				return Optional.empty();
			}
			Instant now = now();
			order.promise(now.minus(by), now);
			order.delay(now.plus(seconds(120, 240)));
			if (order.status() == OrderStatus.ON_THE_WAY) {
				order.scheduleNextStep(arrival(order, now));
			}
			return Optional.of(new PlatformEvent(PlatformEvent.ETA_CHANGED, now, order.state(), "TRAFFIC", null));
		}
	}

	Optional<PlatformEvent> refund(DemoOrder order) {
		synchronized (order) {
			order.refund();
			return Optional.of(new PlatformEvent(PlatformEvent.STATUS_CHANGED, now(), order.state()));
		}
	}

	Optional<PlatformEvent> newCourier(DemoOrder order) {
		synchronized (order) {
			if (order.status().isTerminal() || !order.hasCourier()) {
				return Optional.empty();
			}
			String current = order.state().courier().id();
			List<Courier> others = this.world.couriersIn(order.state().city())
				.stream()
				.filter(c -> !c.id().equals(current))
				.toList();
			if (others.isEmpty()) {
				return Optional.empty();
			}
			order.assignCourier(pick(others));
			return Optional.of(new PlatformEvent(PlatformEvent.COURIER_ASSIGNED, now(), order.state()));
		}
	}

	private PlatformEvent fromCreated(DemoOrder order, Instant now) {
		Plan plan = order.plan();
		if (plan.cancelAt() == OrderStatus.CREATED) {
			return cancel(order, now);
		}
		if (order.paymentStatus() == PaymentStatus.FAILED) {
			if (!plan.recoversAlone()) {
				return cancel(order, now);
			}
			order.paid();
			repromise(order, now);
			order.scheduleNextStep(now.plus(seconds(8, 20)));
			return new PlatformEvent(PlatformEvent.PAYMENT_SUCCEEDED, now, order.state());
		}
		if (plan.declined() && order.paymentMethod() == PaymentMethod.CARD
				&& order.paymentStatus() == PaymentStatus.PENDING) {
			order.paymentFailed();
			order.scheduleNextStep(plan.recoversAlone() ? now.plus(seconds(60, 150)) : now.plus(UNPAID_WAIT));
			return new PlatformEvent(PlatformEvent.PAYMENT_FAILED, now, order.state());
		}
		return advance(order, OrderStatus.ACCEPTED, now, seconds(10, 20));
	}

	private PlatformEvent fromAccepted(DemoOrder order, Instant now) {
		if (order.plan().cancelAt() == OrderStatus.ACCEPTED) {
			return cancel(order, now);
		}
		return advance(order, OrderStatus.COOKING, now, seconds(20, 40));
	}

	private PlatformEvent fromCooking(DemoOrder order, Instant now) {
		if (order.plan().cancelAt() == OrderStatus.COOKING) {
			return cancel(order, now);
		}
		if (!order.hasCourier()) {
			order.assignCourier(pick(this.world.couriersIn(order.state().city())));
			order.scheduleNextStep(now.plus(seconds(20, 40)));
			return new PlatformEvent(PlatformEvent.COURIER_ASSIGNED, now, order.state());
		}
		if (this.random.nextDouble() < ITEM_CANCEL_RATE) {
			// Out of something: the restaurant takes a line off the order.
			Optional<DemoOrder.Line> gone = order.cancelLastItem();
			if (gone.isPresent()) {
				order.scheduleNextStep(now.plus(seconds(10, 20)));
				return new PlatformEvent(PlatformEvent.ITEM_CANCELLED, now, order.state(), null, gone.get().name());
			}
		}
		if (order.plan().lateAt() == OrderStatus.COOKING && !order.isDelayed()) {
			// The kitchen is slow: the food is ready later, and so is the delivery.
			PlatformEvent step = delay(order, now, "KITCHEN");
			order.scheduleNextStep(now.plus(seconds(30, 60)));
			return step;
		}
		return advance(order, OrderStatus.READY, now, seconds(10, 30));
	}

	private PlatformEvent fromReady(DemoOrder order, Instant now) {
		order.moveTo(OrderStatus.ON_THE_WAY, now);
		boolean delayAhead = order.plan().lateAt() == OrderStatus.ON_THE_WAY && !order.isDelayed();
		order.scheduleNextStep(delayAhead ? now.plus(seconds(15, 40)) : nearBefore(order, now));
		return new PlatformEvent(PlatformEvent.STATUS_CHANGED, now, order.state());
	}

	private PlatformEvent fromOnTheWay(DemoOrder order, Instant now) {
		if (order.plan().lateAt() == OrderStatus.ON_THE_WAY && !order.isDelayed()) {
			// Traffic: the courier reports a later arrival.
			PlatformEvent step = delay(order, now, "TRAFFIC");
			order.scheduleNextStep(nearBefore(order, now));
			return step;
		}
		if (order.courierArrivesNear()) {
			// A minute out (in demo time, seconds): the app says the courier is near; the
			// door is at the arrival time still.
			Instant soonest = now.plusSeconds(5);
			order.scheduleNextStep(order.eta().isAfter(soonest) ? order.eta() : soonest);
			return new PlatformEvent(PlatformEvent.COURIER_NEAR, now, order.state());
		}
		order.deliver(now);
		return new PlatformEvent(PlatformEvent.DELIVERED, now, order.state());
	}

	private PlatformEvent advance(DemoOrder order, OrderStatus next, Instant now, Duration until) {
		order.moveTo(next, now);
		order.scheduleNextStep(now.plus(until));
		return new PlatformEvent(PlatformEvent.STATUS_CHANGED, now, order.state());
	}

	private PlatformEvent cancel(DemoOrder order, Instant now) {
		order.cancel(now);
		return new PlatformEvent(PlatformEvent.CANCELLED, now, order.state());
	}

	/** Pushes the ETA one and a half to five (compressed) minutes past the promise. */
	private PlatformEvent delay(DemoOrder order, Instant now, String reason) {
		DemoOrder.State state = order.state();
		Instant base = state.eta().isAfter(state.promisedAt()) ? state.eta() : state.promisedAt();
		order.delay(base.plus(seconds(90, 300)));
		return new PlatformEvent(PlatformEvent.ETA_CHANGED, now, order.state(), reason, null);
	}

	private void repromise(DemoOrder order, Instant now) {
		Instant promisedAt = now.plus(PROMISE);
		order.promise(promisedAt, etaWithin(promisedAt));
	}

	/** The courier is near fifteen seconds before the arrival (and never at once). */
	private static Instant nearBefore(DemoOrder order, Instant now) {
		Instant near = arrival(order, now).minusSeconds(15);
		return near.isAfter(now) ? near : now.plusSeconds(1);
	}

	/** The courier arrives at the ETA, but never in less than twenty seconds. */
	private static Instant arrival(DemoOrder order, Instant now) {
		Instant soonest = now.plusSeconds(20);
		return order.eta().isAfter(soonest) ? order.eta() : soonest;
	}

	private Instant etaWithin(Instant promisedAt) {
		return promisedAt.minus(seconds(20, 60));
	}

	/** Platforms send milliseconds; so does this one. */
	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
	}

	private Plan plan() {
		boolean declined = this.random.nextDouble() < DECLINE_RATE;
		boolean recovers = this.random.nextDouble() < RECOVERY_RATE;
		boolean cancelled = this.random.nextDouble() < CANCEL_RATE;
		OrderStatus cancelAt = (cancelled && !declined)
				? pick(List.of(OrderStatus.CREATED, OrderStatus.ACCEPTED, OrderStatus.COOKING)) : null;
		OrderStatus lateAt = (this.random.nextDouble() < LATE_RATE)
				? (this.random.nextBoolean() ? OrderStatus.COOKING : OrderStatus.ON_THE_WAY) : null;
		return new Plan(declined, declined && recovers, cancelAt, lateAt);
	}

	private List<Line> items(Restaurant restaurant) {
		List<Dish> menu = new ArrayList<>(restaurant.menu());
		int count = 1 + this.random.nextInt(3);
		List<Line> lines = new ArrayList<>();
		for (int i = 0; i < count && !menu.isEmpty(); i++) {
			Dish dish = menu.remove(this.random.nextInt(menu.size()));
			// Nobody orders one samsa.
			int quantity = (dish.price() < 10_000) ? 2 + this.random.nextInt(3)
					: (this.random.nextDouble() < 0.2) ? 2 : 1;
			lines.add(new Line(dish.sku(), dish.name(), quantity, dish.price()));
		}
		return lines;
	}

	private Duration seconds(int from, int to) {
		return Duration.ofSeconds(from + this.random.nextInt(to - from + 1));
	}

	private <T> T pick(List<T> values) {
		return values.get(this.random.nextInt(values.size()));
	}

}
