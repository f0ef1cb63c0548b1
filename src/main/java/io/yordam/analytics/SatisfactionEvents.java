package io.yordam.analytics;

import io.yordam.common.ConflictRetry;
import io.yordam.feedback.NpsAnswered;
import io.yordam.feedback.TicketRated;
import io.yordam.reputation.ReviewReceived;

import io.yordam.common.Durable;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * What customers told the feedback and reputation modules, into the rollups: each event
 * in a transaction of its own, counted once by its id ({@link SatisfactionFacts}).
 */
@Component
class SatisfactionEvents {

	private final SatisfactionFacts facts;

	private final ConflictRetry retry;

	SatisfactionEvents(SatisfactionFacts facts, ConflictRetry retry) {
		this.facts = facts;
		this.retry = retry;
	}

	@Durable
	@Async
	@TransactionalEventListener
	void on(TicketRated event) {
		this.retry.run(() -> this.facts.rated(event));
	}

	@Durable
	@Async
	@TransactionalEventListener
	void on(NpsAnswered event) {
		this.retry.run(() -> this.facts.answered(event));
	}

	@Durable
	@Async
	@TransactionalEventListener
	void on(ReviewReceived event) {
		this.retry.run(() -> this.facts.reviewed(event));
	}

}
