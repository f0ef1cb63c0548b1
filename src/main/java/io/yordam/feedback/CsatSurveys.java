package io.yordam.feedback;

import java.time.Clock;
import java.util.UUID;

import io.yordam.common.ConflictRetry;
import io.yordam.common.Durable;
import io.yordam.orders.OrderId;
import io.yordam.orders.Orders;
import io.yordam.tickets.TicketChanged;
import io.yordam.tickets.TicketDesk;
import io.yordam.tickets.TicketResolution;
import io.yordam.tickets.TicketStatus;
import io.yordam.tickets.TicketSummary;

import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * A ticket was solved: its customer is asked to rate the resolution, once (the survey's
 * row, unique per ticket and resolution, is written in the transaction that posts the
 * question or queues its mail), on the channel the ticket came by and in its language.
 */
@Component
class CsatSurveys {

	private final TicketDesk desk;

	private final Orders orders;

	private final SurveyRows surveys;

	private final SurveyQuestions questions;

	private final ConflictRetry retry;

	private final Clock clock;

	CsatSurveys(TicketDesk desk, Orders orders, SurveyRows surveys, SurveyQuestions questions, ConflictRetry retry,
			Clock clock) {
		this.desk = desk;
		this.orders = orders;
		this.surveys = surveys;
		this.questions = questions;
		this.retry = retry;
		this.clock = clock;
	}

	// Only the change that solved the ticket: no registry row for any other.
	@Durable
	@Async
	@TransactionalEventListener(condition = "#event.change().name() == 'STATUS' and #event.status().name() == 'SOLVED'")
	void on(TicketChanged event) {
		if (event.change() == TicketChanged.Change.STATUS && event.status() == TicketStatus.SOLVED) {
			solved(event);
		}
	}

	/** Asks, in a transaction of its own, unless this resolution has been asked. */
	void solved(TicketChanged event) {
		this.retry.run(() -> ask(event));
	}

	private void ask(TicketChanged event) {
		TicketResolution resolution = this.desk.resolution(event.ticketId());
		TicketSummary ticket = resolution.ticket();
		if (!(SurveyPolicy.check(resolution, event.reopenCount(),
				this.questions.mailable(ticket)) instanceof SurveyPolicy.Ask)) {
			return;
		}
		Survey survey = new Survey(UUID.randomUUID(), ticket.id(), ticket.number(), ticket.reopenCount(),
				ticket.conversationId(), ticket.requester(), ticket.channel(), ticket.language(),
				resolution.solvedByBot() || ticket.assigneeId() == null ? null : ticket.assigneeId().toString(),
				resolution.solvedByBot() ? null : ticket.assigneeName(), resolution.solvedByBot(), rated(ticket),
				this.clock.instant(), null, null, null, false);
		if (this.surveys.insert(survey)) {
			this.questions.ask(survey);
		}
	}

	private Survey.Rated rated(TicketSummary ticket) {
		if (ticket.orderId() == null) {
			return Survey.Rated.NO_ORDER;
		}
		return this.orders.find(new OrderId(ticket.orderId()))
			.map(order -> new Survey.Rated(order.id().value(), order.number(), order.restaurantName(),
					order.courierName(), order.city()))
			.orElse(new Survey.Rated(ticket.orderId(), null, null, null, null));
	}

}
