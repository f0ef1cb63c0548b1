package io.yordam.demo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.yordam.demo.DemoWorld.Courier;
import io.yordam.demo.DemoWorld.Customer;
import io.yordam.demo.DemoWorld.Restaurant;
import io.yordam.orders.OrderStatus;
import io.yordam.orders.PaymentMethod;
import io.yordam.orders.PaymentStatus;

/**
 * One order on the demo platform, as the platform itself keeps it. The simulator's tick
 * and support's actions change it from different threads, so every verb holds the order's
 * lock and readers take an immutable {@link State}.
 */
final class DemoOrder {

	private final String id;

	private final String number;

	private final Customer customer;

	private final Restaurant restaurant;

	private List<Line> items;

	private final Plan plan;

	private final Instant createdAt;

	private final List<Change> timeline = new ArrayList<>();

	private Courier courier;

	private PaymentMethod paymentMethod;

	private PaymentStatus paymentStatus;

	private OrderStatus status = OrderStatus.CREATED;

	private Instant promisedAt;

	private Instant eta;

	private Instant deliveredAt;

	private Instant nextStepAt;

	private boolean delayed;

	private boolean courierNear;

	private boolean itemCancelled;

	DemoOrder(String id, String number, Customer customer, Restaurant restaurant, List<Line> items,
			PaymentMethod paymentMethod, PaymentStatus paymentStatus, Plan plan, Instant createdAt, Instant promisedAt,
			Instant eta) {
		if (items.isEmpty()) {
			throw new IllegalArgumentException("An order has at least one item");
		}
		this.id = id;
		this.number = number;
		this.customer = customer;
		this.restaurant = restaurant;
		this.items = List.copyOf(items);
		this.paymentMethod = paymentMethod;
		this.paymentStatus = paymentStatus;
		this.plan = plan;
		this.createdAt = createdAt;
		this.promisedAt = promisedAt;
		this.eta = eta;
		this.nextStepAt = createdAt;
		this.timeline.add(new Change(OrderStatus.CREATED, createdAt));
	}

	String id() {
		return this.id;
	}

	Customer customer() {
		return this.customer;
	}

	Plan plan() {
		return this.plan;
	}

	synchronized OrderStatus status() {
		return this.status;
	}

	synchronized PaymentStatus paymentStatus() {
		return this.paymentStatus;
	}

	synchronized PaymentMethod paymentMethod() {
		return this.paymentMethod;
	}

	synchronized boolean hasCourier() {
		return this.courier != null;
	}

	synchronized boolean isDelayed() {
		return this.delayed;
	}

	synchronized Instant eta() {
		return this.eta;
	}

	synchronized boolean isDue(Instant now) {
		return this.status.isActive() && !now.isBefore(this.nextStepAt);
	}

	synchronized void scheduleNextStep(Instant at) {
		this.nextStepAt = at;
	}

	/** Only forward along the life cycle, and never out of a terminal status. */
	synchronized void moveTo(OrderStatus next, Instant at) {
		if (this.status.isTerminal() || next.ordinal() <= this.status.ordinal()) {
			throw new IllegalStateException("Order " + this.number + " cannot go from " + this.status + " to " + next);
		}
		this.status = next;
		this.timeline.add(new Change(next, at));
	}

	synchronized void deliver(Instant at) {
		moveTo(OrderStatus.DELIVERED, at);
		this.deliveredAt = at;
		if (this.paymentMethod == PaymentMethod.CASH) {
			// The courier collects the cash at the door.
			this.paymentStatus = PaymentStatus.PAID;
		}
	}

	synchronized void cancel(Instant at) {
		moveTo(OrderStatus.CANCELLED, at);
		if (this.paymentStatus == PaymentStatus.PAID) {
			this.paymentStatus = PaymentStatus.REFUNDED;
		}
	}

	synchronized void assignCourier(Courier courier) {
		this.courier = courier;
	}

	/**
	 * The restaurant could not make the last line: it goes (the total with it). Once per
	 * order, and never the only line.
	 */
	synchronized Optional<Line> cancelLastItem() {
		if (this.itemCancelled || this.items.size() < 2) {
			return Optional.empty();
		}
		this.itemCancelled = true;
		Line gone = this.items.getLast();
		this.items = List.copyOf(this.items.subList(0, this.items.size() - 1));
		return Optional.of(gone);
	}

	/** Whether this is the first time the courier is near. */
	synchronized boolean courierArrivesNear() {
		if (this.courierNear) {
			return false;
		}
		this.courierNear = true;
		return true;
	}

	synchronized void delay(Instant newEta) {
		this.eta = newEta;
		this.delayed = true;
	}

	/**
	 * A new promise, when the kitchen could only start late through no fault of its own.
	 */
	synchronized void promise(Instant promisedAt, Instant eta) {
		this.promisedAt = promisedAt;
		this.eta = eta;
	}

	synchronized void paymentFailed() {
		this.paymentStatus = PaymentStatus.FAILED;
	}

	synchronized void paid() {
		this.paymentMethod = PaymentMethod.CARD;
		this.paymentStatus = PaymentStatus.PAID;
	}

	synchronized void switchToCash() {
		this.paymentMethod = PaymentMethod.CASH;
		this.paymentStatus = PaymentStatus.PENDING;
	}

	synchronized void refund() {
		this.paymentStatus = PaymentStatus.REFUNDED;
	}

	synchronized State state() {
		return new State(this.id, this.number, this.restaurant.city(), this.customer, this.restaurant, this.courier,
				this.items, this.restaurant.deliveryFee(), total(), this.paymentMethod, this.paymentStatus, this.status,
				this.createdAt, this.promisedAt, this.eta, this.deliveredAt, List.copyOf(this.timeline));
	}

	private long total() {
		return this.items.stream().mapToLong(i -> i.unitPrice() * i.quantity()).sum() + this.restaurant.deliveryFee();
	}

	@Override
	public String toString() {
		return "DemoOrder[" + this.number + "]";
	}

	record Line(String sku, String name, int quantity, long unitPrice) {
	}

	record Change(OrderStatus status, Instant at) {
	}

	/**
	 * The order's fate, drawn when it is placed: whether the card is declined (and
	 * whether the customer fixes it alone), at which status it is cancelled, and at which
	 * status it runs late. {@code null} statuses mean "does not happen".
	 */
	record Plan(boolean declined, boolean recoversAlone, OrderStatus cancelAt, OrderStatus lateAt) {

		static final Plan SMOOTH = new Plan(false, false, null, null);

	}

	/** The order as the platform reports it at one moment. */
	record State(String id, String number, String city, Customer customer, Restaurant restaurant, Courier courier,
			List<Line> items, long deliveryFee, long total, PaymentMethod paymentMethod, PaymentStatus paymentStatus,
			OrderStatus status, Instant createdAt, Instant promisedAt, Instant eta, Instant deliveredAt,
			List<Change> timeline) {

		@Override
		public String toString() {
			return "State[" + this.number + " " + this.status + "]";
		}

	}

}
