package io.yordam.feedback;

/**
 * Whether a rating asks a supervisor to follow up: at or below the threshold admins set
 * (0: never).
 */
record LowRatingPolicy(int threshold) {

	sealed interface Decision permits FollowUp, Content {

	}

	/** A supervisor calls the customer back: the ticket is reopened to them. */
	record FollowUp(int score) implements Decision {
	}

	/** Good enough: the rating is recorded, nothing more. */
	record Content(int score) implements Decision {
	}

	Decision decide(int score) {
		return (score <= this.threshold) ? new FollowUp(score) : new Content(score);
	}

}
