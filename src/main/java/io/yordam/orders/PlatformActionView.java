package io.yordam.orders;

import java.time.Instant;

/** A request to the platform and how far it got. */
public record PlatformActionView(String idempotencyKey, String orderId, String type, Status status, int attempts,
		String lastError, String platformReference, Instant createdAt, Instant sentAt) {

	public enum Status {

		/** Waiting to be sent, or to be retried. */
		PENDING,
		/** The platform accepted it. */
		DONE,
		/**
		 * The platform refused it (a 4xx): retrying would not help; a person must look.
		 */
		REFUSED

	}

}
