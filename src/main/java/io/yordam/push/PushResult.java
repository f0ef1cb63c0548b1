package io.yordam.push;

import java.time.Duration;

/** What a push service answered to one send. */
public sealed interface PushResult {

	/** Accepted for delivery. */
	record Sent() implements PushResult {
	}

	/** The subscription or token no longer exists (404, 410, FCM's UNREGISTERED). */
	record Gone(String why) implements PushResult {
	}

	/**
	 * Not now (5xx, 429, the network): tried again after {@code retryAfter} when the
	 * service said (null: with backoff).
	 */
	record Later(String why, Duration retryAfter) implements PushResult {
	}

	/** Refused for good (a malformed request, a key the service rejects). */
	record Refused(String why) implements PushResult {
	}

	/**
	 * A push service's HTTP answer: 2xx sent, 404/410 gone, 429/5xx later (after
	 * Retry-After's seconds when given), anything else refused.
	 */
	static PushResult ofStatus(int status, String retryAfter, String body) {
		String why = "HTTP " + status + ((body == null || body.isBlank()) ? "" : ": " + body.strip());
		if (status >= 200 && status < 300) {
			return new Sent();
		}
		if (status == 404 || status == 410) {
			return new Gone(why);
		}
		if (status == 429 || status >= 500) {
			return new Later(why, seconds(retryAfter));
		}
		return new Refused(why);
	}

	private static Duration seconds(String retryAfter) {
		if (retryAfter == null || !retryAfter.strip().matches("\\d{1,6}")) {
			// An HTTP date, or nothing: back off as usual.
			return null;
		}
		return Duration.ofSeconds(Long.parseLong(retryAfter.strip()));
	}

}
