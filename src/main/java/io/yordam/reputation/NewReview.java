package io.yordam.reputation;

import java.time.Instant;

/**
 * A review that passed its checks, not yet stored: {@code text}, {@code authorName} and
 * the platform's ids may be null.
 */
record NewReview(ReviewSource source, String externalId, int rating, String text, String authorName, Instant postedAt,
		String customerId, String orderId, String phone) {

	@Override
	public String toString() {
		// The text and the author are personal data: not for logs.
		return "NewReview[" + this.source + " " + this.externalId + " " + this.rating + "★]";
	}

}
