package io.yordam.reputation;

/**
 * Which reviews support answers as tickets: a rating at or below the threshold
 * ({@code yordam.reputation.negative-at-most}, 2 stars by default) is a complaint made in
 * public.
 */
record NegativeReviewPolicy(int negativeAtMost) {

	NegativeReviewPolicy {
		if (negativeAtMost < 0 || negativeAtMost > 5) {
			throw new IllegalArgumentException("yordam.reputation.negative-at-most is 0 (never) to 5 (always)");
		}
	}

	sealed interface Verdict {

		/** A ticket on the review channel. */
		record Answer(int rating) implements Verdict {
		}

		/** Counted and reported, no ticket. */
		record Note(int rating) implements Verdict {
		}

	}

	Verdict decide(int rating) {
		return (rating <= this.negativeAtMost) ? new Verdict.Answer(rating) : new Verdict.Note(rating);
	}

}
