package io.yordam.orders;

/**
 * The outbound port: asks the delivery platform to act on an order. The idempotency key
 * lets the platform recognise a retry of the same request, so a retried call never acts
 * twice.
 */
public interface OrderActions {

	ActionReceipt request(OrderAction action, String idempotencyKey);

	/**
	 * Sends a payload stored earlier (the outbox's retry), as {@link #request} would
	 * have.
	 */
	ActionReceipt send(byte[] payload, String idempotencyKey);

	record ActionReceipt(String idempotencyKey, int platformStatus, String platformReference) {
	}

}
