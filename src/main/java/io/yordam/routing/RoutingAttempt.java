package io.yordam.routing;

import java.time.Clock;
import java.time.Instant;

import io.yordam.access.OperatorId;
import io.yordam.tickets.TicketDesk;
import io.yordam.tickets.TicketId;
import io.yordam.tickets.TicketWorkload;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * One try to give one ticket to one agent, in a transaction of its own: the agent's row
 * first (locked: every other node routing to this agent waits here), then their open
 * chats counted as committed, then the ticket (locked, taken only if still waiting).
 * Always in that order, one agent per transaction, so two tries never wait on each other
 * in a circle.
 */
@Component
class RoutingAttempt {

	private final AgentProfileRepository profiles;

	private final TicketWorkload workload;

	private final TicketDesk desk;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	RoutingAttempt(AgentProfileRepository profiles, TicketWorkload workload, TicketDesk desk,
			ApplicationEventPublisher events, Clock clock) {
		this.profiles = profiles;
		this.workload = workload;
		this.desk = desk;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public Outcome tryRoute(TicketId ticket, OperatorId agent, String agentName, String why) {
		AgentProfile profile = this.profiles.lock(agent.value()).orElse(null);
		if (profile == null || profile.status() != AgentStatus.ONLINE) {
			return Outcome.AGENT_UNAVAILABLE;
		}
		int held = this.workload.openChats(agent);
		if (held >= profile.capacity()) {
			return Outcome.AGENT_FULL;
		}
		String reason = why + ", load " + (held + 1) + "/" + profile.capacity();
		if (this.desk.route(ticket, agent, agentName, reason).isEmpty()) {
			return Outcome.TICKET_GONE;
		}
		Instant now = this.clock.instant();
		profile.routed(now);
		this.events.publishEvent(new AgentAvailabilityChanged(agent, profile.status(), held + 1, profile.capacity(),
				AgentAvailabilityChanged.Change.LOAD, now));
		return Outcome.ROUTED;
	}

	enum Outcome {

		ROUTED,
		/** Assigned by someone else meanwhile, or no longer waiting: stop offering it. */
		TICKET_GONE,
		/** The agent's last slot went to another ticket meanwhile: try the next agent. */
		AGENT_FULL, AGENT_UNAVAILABLE;

		boolean settled() {
			return this == ROUTED || this == TICKET_GONE;
		}

	}

}
