package io.yordam.feedback;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import io.yordam.access.PlatformUser;
import io.yordam.common.NotFoundException;
import io.yordam.common.RuleViolationException;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The customer's answers for apps that draw the rating card themselves (the chat widget
 * answers by the question's buttons instead). Only the customer asked may answer: a
 * survey of somebody else answers 404, like none. Answered already: 409.
 */
@RestController
@Tag(name = "Feedback", description = "CSAT ratings of solved tickets and NPS")
class CustomerFeedbackController {

	private final Ratings ratings;

	private final NpsAnswers nps;

	CustomerFeedbackController(Ratings ratings, NpsAnswers nps) {
		this.ratings = ratings;
		this.nps = nps;
	}

	@PostMapping("/api/v1/me/surveys/{surveyId}/rating")
	@Operation(summary = "Rate a solved ticket from 1 to 5, with an optional comment (at most 1000 characters)")
	TicketRatedView rate(@AuthenticationPrincipal Jwt jwt, @PathVariable String surveyId,
			@RequestBody RatingRequest request) {
		int score = (request.score() != null) ? request.score() : 0;
		return this.ratings
			.rate(uuid(surveyId, "survey"), PlatformUser.from(jwt).participant(), score, request.comment())
			.map(rated -> new TicketRatedView(rated.ticketNumber(), rated.score(), rated.comment()))
			.orElseThrow(() -> RuleViolationException.conflict("rated-once", "This survey was answered already"));
	}

	@PostMapping("/api/v1/me/nps/{questionId}/answer")
	@Operation(summary = "Answer how likely you are to recommend us, from 0 to 10")
	NpsView answer(@AuthenticationPrincipal Jwt jwt, @PathVariable String questionId, @RequestBody NpsRequest request) {
		int score = (request.score() != null) ? request.score() : -1;
		return this.nps.answer(uuid(questionId, "question"), PlatformUser.from(jwt).participant(), score)
			.map(answered -> new NpsView(answered.score()))
			.orElseThrow(() -> RuleViolationException.conflict("answered-once", "This question was answered already"));
	}

	private static UUID uuid(String value, String what) {
		try {
			return UUID.fromString(value);
		}
		catch (IllegalArgumentException ex) {
			throw new NotFoundException(what);
		}
	}

	record RatingRequest(Integer score, String comment) {
	}

	record TicketRatedView(long ticketNumber, int score, String comment) {
	}

	record NpsRequest(Integer score) {
	}

	record NpsView(int score) {
	}

}
