package io.yordam.orders;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.springframework.data.domain.Persistable;

/**
 * The id of every platform event taken in, so that a redelivered event is stored once.
 * Only ever inserted: as {@link Persistable} it is persisted without the read a merge of
 * an assigned id would make first (one statement fewer per event; a redelivery is
 * answered before, and a racing copy by the primary key).
 */
@Entity
@Table(name = "platform_events")
class ReceivedPlatformEvent implements Persistable<String> {

	@Id
	private String id;

	private String type;

	private String orderId;

	private Instant occurredAt;

	private Instant receivedAt;

	protected ReceivedPlatformEvent() {
	}

	@Override
	public String getId() {
		return this.id;
	}

	@Override
	public boolean isNew() {
		return true;
	}

	ReceivedPlatformEvent(String id, String type, String orderId, Instant occurredAt, Instant receivedAt) {
		this.id = id;
		this.type = type;
		this.orderId = orderId;
		this.occurredAt = occurredAt;
		this.receivedAt = receivedAt;
	}

}
