package io.yordam.routing;

import io.yordam.common.Durable;
import io.yordam.tickets.TicketChanged;
import io.yordam.tickets.TicketStatus;
import io.yordam.tickets.TicketWorkload;

import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * When routing acts: a ticket that waits for a person is offered at once; a slot that
 * frees (a ticket solved, closed, given back to the bot or assigned elsewhere) or an
 * agent who becomes available (online, more capacity, new skills) makes what waits be
 * offered again. Each try runs in a transaction of its own ({@link RoutingAttempt}), so
 * the listeners themselves hold none.
 */
@Component
class RoutingTriggers {

	private final TicketRouter router;

	private final TicketWorkload workload;

	RoutingTriggers(TicketRouter router, TicketWorkload workload) {
		this.router = router;
		this.workload = workload;
	}

	@Durable
	@Async
	@TransactionalEventListener
	void on(TicketChanged event) {
		if (event.assigneeId() == null && (event.status() == TicketStatus.NEW || event.status() == TicketStatus.OPEN)) {
			this.workload.find(event.ticketId()).ifPresent(this.router::offer);
		}
		else if (event.change() == TicketChanged.Change.ASSIGNED || event.status() == TicketStatus.SOLVED
				|| event.status() == TicketStatus.CLOSED || event.status() == TicketStatus.BOT) {
			this.router.drain();
		}
	}

	@Durable
	@Async
	@TransactionalEventListener
	void on(AgentAvailabilityChanged event) {
		if (event.change() != AgentAvailabilityChanged.Change.LOAD && event.status() == AgentStatus.ONLINE
				&& event.openChats() < event.capacity()) {
			this.router.drain();
		}
	}

}
