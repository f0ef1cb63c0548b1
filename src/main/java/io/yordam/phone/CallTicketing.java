package io.yordam.phone;

import java.util.UUID;

import org.springframework.scheduling.annotation.Async;
import org.springframework.transaction.event.TransactionalEventListener;

import io.yordam.access.OperatorId;
import io.yordam.access.Operators;
import io.yordam.common.ConflictRetry;
import io.yordam.common.Durable;
import io.yordam.tickets.TicketChanged;
import io.yordam.tickets.TicketDesk;

/**
 * Gives an answered call's ticket to the agent who answered, with the answer as its first
 * response. The ticket may be the caller's open one (there already) or a new phone
 * ticket, which opens a moment after the answer: whichever comes second, the answer or
 * the ticket's opening, applies it, and the call's row lets it be applied once.
 */
class CallTicketing {

	private final PhoneCalls calls;

	private final TicketDesk desk;

	private final Operators operators;

	private final CallPopups popups;

	private final ConflictRetry retry;

	private final ActiveOrders orders;

	CallTicketing(PhoneCalls calls, TicketDesk desk, Operators operators, CallPopups popups, ConflictRetry retry,
			ActiveOrders orders) {
		this.orders = orders;
		this.calls = calls;
		this.desk = desk;
		this.operators = operators;
		this.popups = popups;
		this.retry = retry;
	}

	@Durable
	@Async
	@TransactionalEventListener
	void on(CallIntake.CallAnswered event) {
		this.retry.run(() -> settle(event.conversationId()));
	}

	@Durable
	@Async
	@TransactionalEventListener(condition = "#event.change().name() == 'OPENED' and "
			+ "(#event.channel().name() == 'PHONE' or #event.channel().name() == 'CALLBACK')")
	void on(TicketChanged event) {
		this.orders.of(event.requester())
			.ifPresent(order -> this.retry.run(() -> this.desk.linkOrderOfCall(event.ticketId(), order.id().value())));
		this.retry.run(() -> settle(event.conversationId()));
	}

	private void settle(UUID conversation) {
		this.desk.findOfConversation(conversation).ifPresent(ticket -> {
			for (String callId : this.calls.answersPending(conversation)) {
				if (!this.calls.claimAnswer(callId)) {
					continue;
				}
				PhoneCall call = this.calls.find(callId).orElseThrow();
				OperatorId agent = new OperatorId(call.answeredBy);
				String name = this.operators.summary(agent).map(s -> s.displayName()).orElse("—");
				this.desk.spokeByPhone(ticket.id(), agent, name, "☎ " + call.extension);
				this.popups.answered(call, agent);
			}
		});
	}

}
