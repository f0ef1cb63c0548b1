package io.yordam.reputation;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.yordam.access.OperatorPrincipal;
import io.yordam.common.InvalidInputException;
import io.yordam.common.NotFoundException;
import io.yordam.macros.MacroReplies;
import io.yordam.macros.MacroView;
import io.yordam.macros.Macros;
import io.yordam.tickets.TicketDesk;
import io.yordam.tickets.TicketStatus;
import io.yordam.tickets.TicketSummary;

/**
 * The public answer to a review: drafted from a macro in the review's language (its
 * ticket speaks it, so the macro's variables fill from the matched customer and order),
 * then recorded on the review with who and when. On an open ticket the answer is also the
 * ticket's reply: the reviewer, when known, reads it in the app, and it is the ticket's
 * response for its SLA.
 */
@Service
class ReviewAnswers {

	static final int MAX_ANSWER = 2000;

	/** Macros tagged so are the review answers; the first is the default draft. */
	static final String MACRO_TAG = "review";

	private final ReviewStore store;

	private final TicketDesk desk;

	private final Macros macros;

	private final MacroReplies replies;

	private final Clock clock;

	ReviewAnswers(ReviewStore store, TicketDesk desk, Macros macros, MacroReplies replies, Clock clock) {
		this.store = store;
		this.desk = desk;
		this.macros = macros;
		this.replies = replies;
		this.clock = clock;
	}

	record Draft(UUID macroId, String language, String text) {
	}

	/** The macros an agent may answer with, review answers first. */
	@Transactional(readOnly = true)
	List<MacroView> choices(OperatorPrincipal agent, String language) {
		return this.macros.search(agent, "", language, Macros.Scope.ALL, 0, 50)
			.stream()
			.sorted((a, b) -> Boolean.compare(isAnswer(b), isAnswer(a)))
			.limit(12)
			.toList();
	}

	/**
	 * The macro's text for the review's ticket; with no macro, the first review answer.
	 */
	@Transactional(readOnly = true)
	Draft draft(UUID reviewId, UUID macroId, OperatorPrincipal agent) {
		ReviewView review = review(reviewId);
		// A macro fills from a ticket (its customer, order, language): only a negative
		// review has one; a good one's answer is written by hand.
		TicketSummary ticket = ticketOf(review);
		if (ticket == null) {
			throw new NotFoundException("ticket");
		}
		UUID chosen = (macroId != null) ? macroId
				: choices(agent, ticket.language()).stream()
					.filter(ReviewAnswers::isAnswer)
					.findFirst()
					.map(MacroView::id)
					.orElseThrow(() -> new NotFoundException("macro"));
		MacroReplies.Preview preview = this.replies.preview(ticket.id(), chosen, agent);
		return new Draft(preview.macroId(), preview.language(), preview.text());
	}

	/**
	 * Records the answer once: under the review's row lock, the same text as the one
	 * recorded (a double submit, a retry) changes nothing and sends nothing; another text
	 * replaces it and is sent as the ticket's reply, keyed by the moment it was recorded.
	 */
	@Transactional
	ReviewView record(UUID reviewId, String text, OperatorPrincipal agent) {
		String answer = (text == null) ? "" : text.strip();
		if (answer.isEmpty() || answer.codePointCount(0, answer.length()) > MAX_ANSWER) {
			throw new InvalidInputException("text", "length", "An answer has 1 to " + MAX_ANSWER + " characters");
		}
		if (this.store.lockAnswer(reviewId).filter(answer::equals).isPresent()) {
			return review(reviewId);
		}
		ReviewView review = review(reviewId);
		Instant now = this.clock.instant();
		this.store.answer(review.id(), agent.id(), agent.displayName(), answer, now);
		if (review.conversationId() != null) {
			this.desk.findOfConversation(review.conversationId())
				.filter(ticket -> ticket.status() != TicketStatus.CLOSED)
				.ifPresent(ticket -> this.desk.reply(ticket.id(), agent, answer,
						"review-answer:" + review.id() + ":" + now.toEpochMilli()));
		}
		return review(reviewId);
	}

	ReviewView review(UUID id) {
		return this.store.find(id).orElseThrow(() -> new NotFoundException("review"));
	}

	private TicketSummary ticketOf(ReviewView review) {
		return (review.conversationId() == null) ? null
				: this.desk.findOfConversation(review.conversationId()).orElse(null);
	}

	private static boolean isAnswer(MacroView macro) {
		return macro.actions() != null && MACRO_TAG.equals(macro.actions().tag());
	}

}
