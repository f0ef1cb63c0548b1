package io.yordam.feedback;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import io.yordam.access.Participant;
import io.yordam.common.InvalidInputException;
import io.yordam.common.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records a customer's NPS answer, once per question, and tells analytics. */
@Service
class NpsAnswers {

	private final NpsRows rows;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	NpsAnswers(NpsRows rows, ApplicationEventPublisher events, Clock clock) {
		this.rows = rows;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The customer's answer; a question of somebody else answers like none.
	 * @return the answer, empty when it was answered before (the first stands)
	 */
	@Transactional
	Optional<NpsAnswered> answer(UUID questionId, Participant customer, int score) {
		if (score < 0 || score > 10) {
			throw new InvalidInputException("score", "range", "From 0 to 10");
		}
		NpsRows.Question question = this.rows.find(questionId)
			.filter(q -> q.customer().equals(customer))
			.orElseThrow(() -> new NotFoundException("question"));
		Instant now = this.clock.instant();
		if (!this.rows.answer(questionId, score, now)) {
			return Optional.empty();
		}
		NpsAnswered answered = new NpsAnswered(questionId, customer, score, question.orderId(), question.city(), now);
		this.events.publishEvent(answered);
		return Optional.of(answered);
	}

}
