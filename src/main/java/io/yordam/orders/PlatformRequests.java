package io.yordam.orders;

import java.util.List;

/**
 * Support's requests to the platform, through an outbox: a request is stored in the
 * caller's transaction and sent after it commits, retried with backoff while the platform
 * is down, and sent at most once per idempotency key. {@link PlatformActionSettled}
 * follows when the platform has answered.
 */
public interface PlatformRequests {

	/**
	 * @param requestedFor who asked, so they can follow it (an incident's id, say)
	 */
	void request(OrderAction action, String idempotencyKey, String requestedFor);

	List<PlatformActionView> requestedFor(String requestedFor);

}
