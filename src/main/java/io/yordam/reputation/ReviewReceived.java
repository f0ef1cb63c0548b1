package io.yordam.reputation;

/**
 * A public review taken in for the first time (a repeated import publishes nothing), for
 * analytics. {@code language} (ru, uz, en) and {@code reason} (the bot's intent wire
 * name, such as {@code delivery_late}) are null when the text did not tell;
 * {@code customerId}, {@code orderId}, {@code restaurant} and {@code city} are null when
 * the review matched no customer or order.
 */
public record ReviewReceived(java.util.UUID reviewId, ReviewSource source, int rating, String language, String reason,
		String customerId, String orderId, String restaurant, String city, java.time.Instant postedAt) {
}
