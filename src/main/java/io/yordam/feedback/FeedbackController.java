package io.yordam.feedback;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.yordam.access.OperatorPrincipal;
import io.yordam.common.NotFoundException;
import io.yordam.tickets.TicketId;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The agent API's feedback doors: the settings (admins change them) and a ticket's
 * ratings.
 */
@RestController
@Tag(name = "Feedback", description = "CSAT ratings of solved tickets and NPS")
class FeedbackController {

	private final FeedbackSettingsStore settings;

	private final SurveyRows surveys;

	FeedbackController(FeedbackSettingsStore settings, SurveyRows surveys) {
		this.settings = settings;
		this.surveys = surveys;
	}

	@GetMapping("/api/v1/agent/feedback-settings")
	FeedbackSettingsStore.Versioned current() {
		return this.settings.current();
	}

	@GetMapping("/api/v1/agent/feedback-settings/history")
	List<FeedbackSettingsStore.Versioned> history() {
		return this.settings.history();
	}

	@PutMapping("/api/v1/agent/feedback-settings")
	@Operation(summary = "An admin saves the feedback settings (low-rating threshold, NPS sample and interval), "
			+ "based on the version they edited")
	FeedbackSettingsStore.Versioned save(@AuthenticationPrincipal OperatorPrincipal operator,
			@Valid @RequestBody SettingsRequest request) {
		return this.settings.update(request.basedOn(), request.settings(), operator, request.comment());
	}

	@GetMapping("/api/v1/agent/tickets/{id}/ratings")
	@Operation(summary = "The ticket's satisfaction surveys, one per resolution, with the rating once given")
	List<RatingView> ratings(@PathVariable String id) {
		return this.surveys.ofTicket(ticketId(id)).stream().map(RatingView::of).toList();
	}

	static TicketId ticketId(String value) {
		try {
			return new TicketId(UUID.fromString(value));
		}
		catch (IllegalArgumentException ex) {
			throw new NotFoundException("ticket");
		}
	}

	record SettingsRequest(int basedOn, @NotNull FeedbackSettings settings, @Size(max = 500) String comment) {
	}

	/**
	 * A survey as the agent API shows it; score, comment and ratedAt null until rated.
	 */
	record RatingView(UUID surveyId, int resolution, Instant askedAt, Integer score, String comment, Instant ratedAt,
			String operatorId, String operatorName, boolean solvedByBot, String restaurant, String courier,
			boolean followUp) {

		static RatingView of(Survey s) {
			return new RatingView(s.id(), s.resolution(), s.askedAt(), s.score(), s.comment(), s.ratedAt(),
					s.operatorId(), s.operatorName(), s.solvedByBot(), s.rated().restaurant(), s.rated().courier(),
					s.followUp());
		}

	}

}
