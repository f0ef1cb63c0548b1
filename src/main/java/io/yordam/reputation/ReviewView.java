package io.yordam.reputation;

import java.time.Instant;
import java.util.UUID;

/**
 * A stored review as the API and the pages show it. {@code matchedBy} says how the
 * customer and order were found (PLATFORM, ORDER_NUMBER, PHONE, NONE); {@code ticket} is
 * the conversation of its ticket, for a negative one; {@code answer} the public answer
 * recorded, if any.
 */
record ReviewView(UUID id, ReviewSource source, String externalId, int rating, String text, String authorName,
		Instant postedAt, Instant receivedAt, String language, String reason, String customerId, String orderId,
		String matchedBy, String restaurant, String city, boolean negative, UUID conversationId, Answer answer) {

	record Answer(String text, String by, Instant at) {
	}

	/** ★★☆☆☆ */
	public String stars() {
		return "★".repeat(this.rating) + "☆".repeat(5 - this.rating);
	}

	@Override
	public String toString() {
		return "ReviewView[" + this.id + " " + this.source + " " + this.rating + "★]";
	}

}
