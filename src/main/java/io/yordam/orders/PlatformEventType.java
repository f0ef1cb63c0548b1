package io.yordam.orders;

import java.util.Arrays;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What the platform reported about an order (docs/integration.md). Written as the
 * platform's wire name ({@code order.payment_failed}) wherever it is stored, the same
 * text it had as a string.
 */
public enum PlatformEventType {

	ORDER_CREATED("order.created"), STATUS_CHANGED("order.status_changed"), ETA_CHANGED("order.eta_changed"),
	PAYMENT_FAILED("order.payment_failed"), PAYMENT_SUCCEEDED("order.payment_succeeded"),
	COURIER_ASSIGNED("courier.assigned"), DELIVERED("order.delivered"), CANCELLED("order.cancelled"),
	ITEM_CANCELLED("order.item_cancelled"), COURIER_NEAR("courier.near");

	private final String wire;

	PlatformEventType(String wire) {
		this.wire = wire;
	}

	@JsonValue
	public String wire() {
		return this.wire;
	}

	/**
	 * @throws IllegalArgumentException for a name the platform does not send (the edge
	 * refuses those first)
	 */
	static PlatformEventType ofWire(String wire) {
		return Arrays.stream(values())
			.filter(t -> t.wire.equals(wire))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("Not a platform event type: " + wire));
	}

	@Override
	public String toString() {
		return this.wire;
	}

}
