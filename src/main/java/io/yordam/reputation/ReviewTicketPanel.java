package io.yordam.reputation;

import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import io.yordam.access.OperatorPrincipal;
import io.yordam.common.InvalidInputException;
import io.yordam.common.NotFoundException;
import io.yordam.tickets.TicketDesk;
import io.yordam.tickets.TicketId;
import io.yordam.tickets.TicketSummary;

/**
 * The review in its ticket's view: where it was posted, its stars and words, whom and
 * which order it was matched to; the public answer drafted from a macro in the review's
 * language, and the action that records it.
 */
@Controller
class ReviewTicketPanel {

	private final TicketDesk desk;

	private final ReviewStore store;

	private final ReviewAnswers answers;

	ReviewTicketPanel(TicketDesk desk, ReviewStore store, ReviewAnswers answers) {
		this.desk = desk;
		this.store = store;
		this.answers = answers;
	}

	@GetMapping("/agent/tickets/{id}/review")
	String panel(@AuthenticationPrincipal OperatorPrincipal me, @PathVariable String id,
			@RequestParam(required = false) String macroId, Model model) {
		TicketSummary ticket = this.desk.get(new TicketId(ReviewController.uuid(id)));
		ReviewView review = this.store.ofConversation(ticket.conversationId())
			.orElseThrow(() -> new NotFoundException("review"));
		UUID macro = (macroId == null || macroId.isBlank()) ? null : ReviewController.uuid(macroId);
		model.addAttribute("ticket", ticket);
		model.addAttribute("review", review);
		model.addAttribute("choices", this.answers.choices(me, ticket.language()));
		model.addAttribute("draft", draft(review, macro, me));
		return "fragments/review :: panel";
	}

	@PostMapping("/agent/tickets/{id}/review/answer")
	String answer(@AuthenticationPrincipal OperatorPrincipal me, @PathVariable String id,
			@RequestParam(defaultValue = "") String text, Model model) {
		TicketSummary ticket = this.desk.get(new TicketId(ReviewController.uuid(id)));
		ReviewView review = this.store.ofConversation(ticket.conversationId())
			.orElseThrow(() -> new NotFoundException("review"));
		try {
			this.answers.record(review.id(), text, me);
		}
		catch (InvalidInputException ex) {
			model.addAttribute("answerProblem", true);
		}
		return panel(me, id, null, model);
	}

	private ReviewAnswers.Draft draft(ReviewView review, UUID macro, OperatorPrincipal me) {
		try {
			return this.answers.draft(review.id(), macro, me);
		}
		catch (NotFoundException ex) {
			// No review-answer macro the agent may use: they write the answer by hand.
			return null;
		}
	}

}
