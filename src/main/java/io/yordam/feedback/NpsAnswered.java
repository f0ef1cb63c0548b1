package io.yordam.feedback;

import java.time.Instant;
import java.util.UUID;

import io.yordam.access.Participant;

/**
 * A customer answered the NPS question (0–10) asked after a delivered order, once per
 * question.
 */
public record NpsAnswered(UUID answerId, Participant customer, int score, String orderId, String city,
		Instant answeredAt) {

	@Override
	public String toString() {
		return "NpsAnswered[" + this.answerId + " " + this.score + "]";
	}

}
