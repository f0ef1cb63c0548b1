package io.yordam.feedback;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import io.yordam.access.Participant;
import io.yordam.common.InvalidInputException;
import io.yordam.common.NotFoundException;
import io.yordam.escalation.Escalations;
import io.yordam.tickets.TicketDesk;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records a customer's rating, once per survey, and what follows in the same transaction:
 * the ticket's audit trail has it, a low one (the {@link LowRatingPolicy} in force)
 * reopens the ticket to a supervisor, and {@link TicketRated} tells analytics.
 */
@Service
class Ratings {

	static final int MAX_COMMENT = 1000;

	private final SurveyRows surveys;

	private final FeedbackSettingsStore settings;

	private final TicketDesk desk;

	private final Escalations escalations;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Ratings(SurveyRows surveys, FeedbackSettingsStore settings, TicketDesk desk, Escalations escalations,
			ApplicationEventPublisher events, Clock clock) {
		this.surveys = surveys;
		this.settings = settings;
		this.desk = desk;
		this.escalations = escalations;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The customer's rating of their survey; a survey of somebody else answers exactly
	 * like none.
	 * @return the rating, empty when the survey was rated before (the first rating
	 * stands)
	 */
	@Transactional
	Optional<TicketRated> rate(UUID surveyId, Participant customer, int score, String comment) {
		if (score < 1 || score > 5) {
			throw new InvalidInputException("score", "range", "A rating is from 1 to 5");
		}
		String remark = (comment == null || comment.isBlank()) ? null : comment.strip();
		if (remark != null && remark.length() > MAX_COMMENT) {
			throw new InvalidInputException("comment", "length", "At most " + MAX_COMMENT + " characters");
		}
		Survey survey = this.surveys.find(surveyId)
			.filter(s -> s.customer().equals(customer))
			.orElseThrow(() -> new NotFoundException("survey"));
		boolean followUp = this.settings.current()
			.settings()
			.lowRatingPolicy()
			.decide(score) instanceof LowRatingPolicy.FollowUp;
		Instant now = this.clock.instant();
		if (!this.surveys.answer(surveyId, score, remark, now, followUp)) {
			return Optional.empty();
		}
		String detail = score + "/5" + ((remark != null) ? ": " + remark : "");
		this.desk.rated(survey.ticketId(), detail, followUp);
		if (followUp) {
			this.escalations.byLowRating(survey.ticketId(), survey.id().toString(), truncate("rated " + detail, 500));
		}
		TicketRated rated = survey.ratedEvent(score, remark, now);
		this.events.publishEvent(rated);
		return Optional.of(rated);
	}

	private static String truncate(String text, int max) {
		return (text.length() <= max) ? text : text.substring(0, max - 1) + "…";
	}

}
