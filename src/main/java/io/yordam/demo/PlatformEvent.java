package io.yordam.demo;

import java.time.Instant;

/** One platform event: its wire type, when it happened, and the order right after. */
record PlatformEvent(String type, Instant at, DemoOrder.State order) {

	static final String CREATED = "order.created";

	static final String STATUS_CHANGED = "order.status_changed";

	static final String ETA_CHANGED = "order.eta_changed";

	static final String PAYMENT_FAILED = "order.payment_failed";

	static final String PAYMENT_SUCCEEDED = "order.payment_succeeded";

	static final String COURIER_ASSIGNED = "courier.assigned";

	static final String DELIVERED = "order.delivered";

	static final String CANCELLED = "order.cancelled";

	static PlatformEvent created(DemoOrder order) {
		DemoOrder.State state = order.state();
		return new PlatformEvent(CREATED, state.createdAt(), state);
	}

}
