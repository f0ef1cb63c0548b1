package io.yordam.orders;

/** The platform answered a request for good: accepted ({@code DONE}) or refused. */
public record PlatformActionSettled(String idempotencyKey, OrderId orderId, String type, String requestedFor,
		PlatformActionView.Status status, String detail) {
}
