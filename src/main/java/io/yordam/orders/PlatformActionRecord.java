package io.yordam.orders;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One row of the outbox. */
@Entity
@Table(name = "platform_actions")
class PlatformActionRecord {

	@Id
	private UUID id;

	private String idempotencyKey;

	private String orderId;

	private String type;

	private String payload;

	private String requestedFor;

	@Enumerated(EnumType.STRING)
	private PlatformActionView.Status status;

	private int attempts;

	private String lastError;

	private String platformReference;

	private Instant createdAt;

	private Instant sentAt;

	protected PlatformActionRecord() {
	}

	PlatformActionRecord(String idempotencyKey, OrderAction action, String payload, String requestedFor, Instant now) {
		this.id = UUID.randomUUID();
		this.idempotencyKey = idempotencyKey;
		this.orderId = action.orderId().value();
		this.type = action.type();
		this.payload = payload;
		this.requestedFor = requestedFor;
		this.status = PlatformActionView.Status.PENDING;
		this.createdAt = now;
	}

	boolean isPending() {
		return this.status == PlatformActionView.Status.PENDING;
	}

	void failed(String error) {
		this.attempts++;
		this.lastError = (error == null) ? "unknown" : error.substring(0, Math.min(error.length(), 500));
	}

	PlatformActionSettled done(String reference, Instant now) {
		this.attempts++;
		this.status = PlatformActionView.Status.DONE;
		this.platformReference = reference;
		this.sentAt = now;
		this.lastError = null;
		return settled(reference);
	}

	PlatformActionSettled refused(String error, Instant now) {
		failed(error);
		this.status = PlatformActionView.Status.REFUSED;
		this.sentAt = now;
		return settled(this.lastError);
	}

	private PlatformActionSettled settled(String detail) {
		return new PlatformActionSettled(this.idempotencyKey, new OrderId(this.orderId), this.type, this.requestedFor,
				this.status, detail);
	}

	UUID id() {
		return this.id;
	}

	String payload() {
		return this.payload;
	}

	String idempotencyKey() {
		return this.idempotencyKey;
	}

	PlatformActionView view() {
		return new PlatformActionView(this.idempotencyKey, this.orderId, this.type, this.status, this.attempts,
				this.lastError, this.platformReference, this.createdAt, this.sentAt);
	}

}
