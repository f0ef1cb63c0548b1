package io.yordam.orders;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The id of every platform event taken in, so that a redelivered event is stored once.
 */
@Entity
@Table(name = "platform_events")
class ReceivedPlatformEvent {

	@Id
	private String id;

	private String type;

	private String orderId;

	private Instant occurredAt;

	private Instant receivedAt;

	protected ReceivedPlatformEvent() {
	}

	ReceivedPlatformEvent(String id, String type, String orderId, Instant occurredAt, Instant receivedAt) {
		this.id = id;
		this.type = type;
		this.orderId = orderId;
		this.occurredAt = occurredAt;
		this.receivedAt = receivedAt;
	}

}
