package io.yordam.orders;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Transient;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.yordam.access.Participant;
import io.yordam.common.Money;

import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * The mirror of one order. Only the platform's events change it, through
 * {@link #sync(OrderSnapshot, String, Instant)}, which never moves the order backwards.
 */
@Entity
@Table(name = "orders")
class Order extends AbstractAggregateRoot<Order> {

	@Id
	private String id;

	private String number;

	private String city;

	private String customerId;

	private String customerName;

	private String customerPhone;

	/**
	 * The customer's phone as {@link PhoneDigits}: a search finds it however it is typed.
	 */
	private String customerPhoneDigits;

	private String customerLocale;

	private String restaurantId;

	private String restaurantName;

	private String courierId;

	private String courierName;

	private String courierPhone;

	/** The courier's phone as {@link PhoneDigits}: a courier calling is found by it. */
	private String courierPhoneDigits;

	private long deliveryFee;

	private long total;

	private String currency;

	@Enumerated(EnumType.STRING)
	private PaymentMethod paymentMethod;

	@Enumerated(EnumType.STRING)
	private PaymentStatus paymentStatus;

	@Enumerated(EnumType.STRING)
	private OrderStatus status;

	private Instant promisedAt;

	private Instant eta;

	private Instant deliveredAt;

	private Instant createdAt;

	private Instant lastEventAt;

	/** Set while the event that made the mirror know this order is applied. */
	@Transient
	private boolean firstSeen;

	@Version
	private long version;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "order_items", joinColumns = @JoinColumn(name = "order_id"))
	@OrderColumn(name = "position")
	private List<OrderLine> items = new ArrayList<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "order_timeline", joinColumns = @JoinColumn(name = "order_id"))
	@OrderColumn(name = "position")
	private List<StatusChange> timeline = new ArrayList<>();

	protected Order() {
	}

	static Order firstSeen(OrderSnapshot snapshot, PlatformEventType eventType, Instant occurredAt) {
		return firstSeen(snapshot, eventType, occurredAt, NewsOfOrder.NONE);
	}

	static Order firstSeen(OrderSnapshot snapshot, PlatformEventType eventType, Instant occurredAt, NewsOfOrder news) {
		Order order = new Order();
		order.id = snapshot.id();
		order.createdAt = snapshot.createdAtOr(occurredAt);
		order.status = snapshot.status();
		// No event applied yet: the first one applies whatever its time (even one dated
		// before 1970 must not leave the order half-filled).
		order.lastEventAt = null;
		order.firstSeen = true;
		order.sync(snapshot, eventType, occurredAt, news);
		return order;
	}

	/**
	 * Applies a snapshot the platform sent. An older snapshot than the last one applied
	 * changes only the timeline (which is merged); a status never moves back down the
	 * life cycle nor leaves a terminal state.
	 */
	void sync(OrderSnapshot snapshot, PlatformEventType eventType, Instant occurredAt) {
		sync(snapshot, eventType, occurredAt, NewsOfOrder.NONE);
	}

	void sync(OrderSnapshot snapshot, PlatformEventType eventType, Instant occurredAt, NewsOfOrder news) {
		mergeTimeline(snapshot.timeline());
		if (this.lastEventAt != null && occurredAt.isBefore(this.lastEventAt)) {
			return;
		}
		this.lastEventAt = occurredAt;
		this.number = snapshot.number();
		this.city = snapshot.city();
		this.customerId = snapshot.customerId();
		this.customerName = snapshot.customerName();
		this.customerPhone = snapshot.customerPhone();
		this.customerPhoneDigits = PhoneDigits.of(snapshot.customerPhone()).orElse(null);
		this.customerLocale = snapshot.customerLocale();
		this.restaurantId = snapshot.restaurantId();
		this.restaurantName = snapshot.restaurantName();
		this.courierId = snapshot.courierId();
		this.courierName = snapshot.courierName();
		this.courierPhone = snapshot.courierPhone();
		this.courierPhoneDigits = PhoneDigits.of(snapshot.courierPhone()).orElse(null);
		this.deliveryFee = snapshot.deliveryFee();
		this.total = snapshot.total();
		this.currency = snapshot.currency();
		this.paymentMethod = snapshot.paymentMethod();
		this.paymentStatus = snapshot.paymentStatus();
		this.status = OrderProgressPolicy.next(this.status, snapshot.status());
		this.promisedAt = snapshot.promisedAt();
		this.eta = snapshot.eta();
		if (snapshot.deliveredAt() != null) {
			this.deliveredAt = snapshot.deliveredAt();
		}
		if (!this.items.equals(snapshot.items())) {
			// Replaced only when different: a replaced collection is rewritten row by
			// row.
			this.items = new ArrayList<>(snapshot.items());
		}
		registerEvent(new OrderSynced(new OrderId(this.id), this.number, eventType, this.status, this.paymentStatus,
				this.city, this.customerId, this.customerName, this.customerPhone, this.customerLocale, this.createdAt,
				occurredAt, this.firstSeen, news));
		this.firstSeen = false;
	}

	/**
	 * Adds the steps not seen yet. In the usual case (a later step arrives) they are
	 * appended, which inserts just the new rows; a step that arrived late goes into its
	 * place in time.
	 */
	private void mergeTimeline(List<StatusChange> incoming) {
		List<StatusChange> added = new ArrayList<>();
		for (StatusChange change : incoming) {
			if (this.timeline.stream().noneMatch(c -> c.sameStep(change))
					&& added.stream().noneMatch(c -> c.sameStep(change))) {
				added.add(change);
			}
		}
		if (added.isEmpty()) {
			return;
		}
		added.sort(Comparator.comparing(StatusChange::at));
		Instant last = this.timeline.isEmpty() ? Instant.MIN : this.timeline.get(this.timeline.size() - 1).at();
		if (!added.get(0).at().isBefore(last)) {
			this.timeline.addAll(added);
			return;
		}
		List<StatusChange> merged = new ArrayList<>(this.timeline);
		merged.addAll(added);
		merged.sort(Comparator.comparing(StatusChange::at));
		this.timeline = merged;
	}

	/**
	 * The order's customer, its courier or its restaurant (a partner), each by role and
	 * id: ids of different roles may coincide.
	 */
	boolean hasParty(Participant participant) {
		String party = switch (participant.role()) {
			case CUSTOMER -> this.customerId;
			case COURIER -> this.courierId;
			case PARTNER -> this.restaurantId;
		};
		return participant.id().equals(party);
	}

	OrderView view() {
		return new OrderView(new OrderId(this.id), this.number, this.city, this.customerId, this.customerName,
				this.restaurantName, this.courierName, this.courierPhone,
				this.items.stream().map(OrderLine::view).toList(), Money.som(this.deliveryFee), Money.som(this.total),
				this.paymentMethod, this.paymentStatus, this.status, this.promisedAt, this.eta, this.deliveredAt,
				this.createdAt, this.timeline.stream().map(StatusChange::view).toList());
	}

	String id() {
		return this.id;
	}

	OrderStatus status() {
		return this.status;
	}

	Instant lastEventAt() {
		return this.lastEventAt;
	}

	@Override
	public String toString() {
		return "Order[" + this.id + " " + this.status + "]";
	}

}
