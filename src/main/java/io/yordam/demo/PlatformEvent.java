package io.yordam.demo;

import java.time.Instant;

/**
 * One platform event: its wire type, when it happened, the order right after, and what
 * the event says beyond it (a delay's reason, the item the restaurant cancelled), or
 * null.
 */
record PlatformEvent(String type, Instant at, DemoOrder.State order, String delayReason, String cancelledItem) {

	PlatformEvent(String type, Instant at, DemoOrder.State order) {
		this(type, at, order, null, null);
	}

	static final String CREATED = "order.created";

	static final String STATUS_CHANGED = "order.status_changed";

	static final String ETA_CHANGED = "order.eta_changed";

	static final String PAYMENT_FAILED = "order.payment_failed";

	static final String PAYMENT_SUCCEEDED = "order.payment_succeeded";

	static final String COURIER_ASSIGNED = "courier.assigned";

	static final String DELIVERED = "order.delivered";

	static final String CANCELLED = "order.cancelled";

	static final String ITEM_CANCELLED = "order.item_cancelled";

	static final String COURIER_NEAR = "courier.near";

	static PlatformEvent created(DemoOrder order) {
		DemoOrder.State state = order.state();
		return new PlatformEvent(CREATED, state.createdAt(), state);
	}

}
