package io.yordam.reputation;

import java.util.List;

/**
 * The JSON import's body: one review's fields, or {@code reviews} holding several (see
 * docs/reputation.md). {@code postedAt} is ISO-8601 with an offset, or a day.
 */
record ImportBody(List<Review> reviews, String source, String externalId, Integer rating, String text,
		String authorName, String postedAt, String customerId, String orderId, String phone) {

	record Review(String source, String externalId, Integer rating, String text, String authorName, String postedAt,
			String customerId, String orderId, String phone) {

		ReviewInput input() {
			return new ReviewInput(this.source, this.externalId, (this.rating != null) ? this.rating.toString() : null,
					this.text, this.authorName, this.postedAt, this.customerId, this.orderId, this.phone);
		}

	}

	ReviewInput single() {
		return new Review(this.source, this.externalId, this.rating, this.text, this.authorName, this.postedAt,
				this.customerId, this.orderId, this.phone)
			.input();
	}

}
