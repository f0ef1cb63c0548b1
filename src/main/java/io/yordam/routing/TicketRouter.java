package io.yordam.routing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.yordam.access.OperatorId;
import io.yordam.access.OperatorSummary;
import io.yordam.access.Operators;
import io.yordam.orders.OrderId;
import io.yordam.orders.OrderView;
import io.yordam.orders.Orders;
import io.yordam.tickets.TicketSummary;
import io.yordam.tickets.TicketWorkload;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

/**
 * Offers waiting tickets to agents: asks the {@link RoutingPolicy} who is best, then
 * tries them in that order ({@link RoutingAttempt}) until one takes it or the ticket is
 * gone. The policy reads a snapshot; the attempt checks again under the agent's lock, so
 * a stale snapshot costs a try, never a slot over capacity.
 */
@Service
class TicketRouter {

	private static final Logger log = LoggerFactory.getLogger(TicketRouter.class);

	/** How many waiting tickets one pass looks at; the sweep comes back for the rest. */
	static final int PASS = 200;

	/** Passes asked for while one runs (see {@link #drain()}). */
	private final java.util.concurrent.atomic.AtomicInteger drainAgain = new java.util.concurrent.atomic.AtomicInteger();

	private final AgentProfileRepository profiles;

	private final TicketWorkload workload;

	private final RoutingAttempt attempt;

	private final Operators operators;

	private final Orders orders;

	TicketRouter(AgentProfileRepository profiles, TicketWorkload workload, RoutingAttempt attempt, Operators operators,
			Orders orders) {
		this.profiles = profiles;
		this.workload = workload;
		this.attempt = attempt;
		this.operators = operators;
		this.orders = orders;
	}

	/** Offers one ticket, if it still waits. Whether it was routed now. */
	boolean offer(TicketSummary ticket) {
		if (!TicketWorkload.isWaiting(ticket)) {
			return false;
		}
		List<RoutingPolicy.Candidate> candidates = candidates();
		return !candidates.isEmpty() && offer(ticket, candidates);
	}

	/**
	 * Offers what waits, most urgent and oldest first, while anyone has a free slot:
	 * after an agent came online, freed a slot or got more capacity, and on every sweep.
	 * One pass at a time on a node: a burst of changes asks for many passes, and they
	 * become one more pass after the running one (several passes at once would only queue
	 * on the same agents' row locks, each holding a connection). The agents are read once
	 * per pass and their loads counted on as tickets are taken; each attempt checks again
	 * under the agent's lock.
	 */
	void drain() {
		if (this.drainAgain.getAndIncrement() > 0) {
			return;
		}
		do {
			this.drainAgain.set(1);
			drainOnce();
		}
		while (this.drainAgain.decrementAndGet() > 0);
	}

	private void drainOnce() {
		List<RoutingPolicy.Candidate> candidates = new ArrayList<>(candidates());
		if (candidates.stream().noneMatch(c -> c.openChats() < c.capacity())) {
			return;
		}
		for (TicketSummary ticket : this.workload.waiting(PASS)) {
			if (candidates.stream().noneMatch(c -> c.openChats() < c.capacity())) {
				return;
			}
			routedTo(ticket, candidates).ifPresent(
					agent -> candidates.replaceAll(c -> c.id().equals(agent) ? new RoutingPolicy.Candidate(c.id(),
							c.name(), c.status(), c.skills(), c.openChats() + 1, c.capacity(), c.idleSince()) : c));
		}
	}

	private boolean offer(TicketSummary ticket, List<RoutingPolicy.Candidate> candidates) {
		return routedTo(ticket, candidates).isPresent();
	}

	/** The agent who took the ticket, if one did. */
	private java.util.Optional<OperatorId> routedTo(TicketSummary ticket, List<RoutingPolicy.Candidate> candidates) {
		String city = cityOf(ticket);
		RoutingPolicy.TicketFacts facts = new RoutingPolicy.TicketFacts(ticket.line(), ticket.language(),
				ticket.escalationLevel(), city);
		if (!(RoutingPolicy.decide(facts, candidates) instanceof RoutingPolicy.Offer offer)) {
			return java.util.Optional.empty();
		}
		for (RoutingPolicy.Choice choice : offer.ranked()) {
			RoutingAttempt.Outcome outcome = this.attempt.tryRoute(ticket.id(), choice.candidate().id(),
					choice.candidate().name(), choice.reason(ticket.language(), city));
			log.debug("Ticket #{} to {}: {}", ticket.number(), choice.candidate().id(), outcome);
			if (outcome.settled()) {
				return (outcome == RoutingAttempt.Outcome.ROUTED) ? java.util.Optional.of(choice.candidate().id())
						: java.util.Optional.empty();
			}
		}
		return java.util.Optional.empty();
	}

	/** The online agents with their loads, read now. */
	private List<RoutingPolicy.Candidate> candidates() {
		List<AgentProfile> online = this.profiles.findByStatus(AgentStatus.ONLINE);
		if (online.isEmpty()) {
			return List.of();
		}
		Map<OperatorId, Integer> loads = this.workload.openChats();
		Map<OperatorId, String> names = this.operators.directory()
			.stream()
			.collect(Collectors.toMap(OperatorSummary::id, OperatorSummary::displayName));
		return online.stream()
			.filter(p -> names.containsKey(p.id()))
			.map(p -> new RoutingPolicy.Candidate(p.id(), names.get(p.id()), p.status(), p.skills(),
					loads.getOrDefault(p.id(), 0), p.capacity(), p.idleSince()))
			.toList();
	}

	/** The city of the ticket's order, when it has one the mirror knows. */
	private String cityOf(TicketSummary ticket) {
		if (ticket.orderId() == null) {
			return null;
		}
		return this.orders.find(new OrderId(ticket.orderId())).map(OrderView::city).orElse(null);
	}

}
