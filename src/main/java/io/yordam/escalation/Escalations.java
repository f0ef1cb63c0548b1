package io.yordam.escalation;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import io.yordam.access.OperatorPrincipal;
import io.yordam.common.InvalidInputException;
import io.yordam.common.RuleViolationException;
import io.yordam.tickets.Actor;
import io.yordam.tickets.EscalationLevel;
import io.yordam.tickets.TicketDesk;
import io.yordam.tickets.TicketId;
import io.yordam.tickets.TicketStatus;
import io.yordam.tickets.TicketSummary;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Carries out a decision: the ticket moves up under its row lock, the escalation is
 * written once (its unique key), and {@link TicketEscalated} is published, all in one
 * transaction. A trigger that finds the ticket at its level or higher changes nothing but
 * the priority, so a redelivered or parallel event escalates once.
 */
@Service
public class Escalations {

	private final TicketDesk desk;

	private final EscalationLog log;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Escalations(TicketDesk desk, EscalationLog log, ApplicationEventPublisher events, Clock clock) {
		this.desk = desk;
		this.log = log;
		this.events = events;
		this.clock = clock;
	}

	/** An agent asks for help with a ticket: any operator may, with a reason. */
	@Transactional
	public TicketSummary byAgent(TicketId id, OperatorPrincipal agent, EscalationLevel level, String reason) {
		EscalationPolicies.Decision decision = EscalationPolicies.byAgent(level, reason);
		if (decision instanceof EscalationPolicies.Stay stay) {
			throw "reason".equals(stay.why())
					? new InvalidInputException("reason", "length",
							"Say why, in 1 to " + EscalationPolicies.MAX_REASON + " characters")
					: new InvalidInputException("level", "above-first-line",
							"Escalate to the second line or a supervisor");
		}
		TicketSummary ticket = this.desk.get(id);
		if (ticket.status() == TicketStatus.CLOSED) {
			throw RuleViolationException.conflict("ticket-closed", "A closed ticket cannot be escalated");
		}
		apply(ticket, (EscalationPolicies.Escalate) decision, Actor.of(agent));
		return this.desk.get(id);
	}

	/**
	 * A low rating asks a supervisor to follow up: the ticket goes to the supervisor
	 * level, at least at high priority, once per {@code key} (a rated resolution) however
	 * often it is asked. A closed ticket is left alone.
	 * @return the escalation, empty when the ticket was there already or is closed
	 */
	@Transactional
	public Optional<TicketEscalated> byLowRating(TicketId id, String key, String reason) {
		return byRule(id, new EscalationPolicies.Escalate(EscalationTrigger.LOW_RATING, "low-rating:" + key,
				EscalationLevel.SUPERVISOR, io.yordam.tickets.TicketPriority.HIGH, reason));
	}

	/** A rule's decision; a closed ticket is left alone. */
	@Transactional
	Optional<TicketEscalated> byRule(TicketId id, EscalationPolicies.Decision decision) {
		if (!(decision instanceof EscalationPolicies.Escalate escalate)) {
			return Optional.empty();
		}
		TicketSummary ticket = this.desk.get(id);
		if (ticket.status() == TicketStatus.CLOSED) {
			return Optional.empty();
		}
		return apply(ticket, escalate, Actor.SYSTEM);
	}

	private Optional<TicketEscalated> apply(TicketSummary ticket, EscalationPolicies.Escalate decision, Actor actor) {
		Instant now = this.clock.instant();
		if (!this.desk.escalate(ticket.id(), decision.level(), decision.priority(), decision.reason(), actor)) {
			return Optional.empty();
		}
		if (!this.log.record(ticket, decision, actor.name(), now)) {
			// The level went up, yet this trigger's row exists: undo, never escalate
			// twice.
			throw RuleViolationException.conflict("escalated-once", "This trigger escalated the ticket already");
		}
		TicketEscalated escalated = new TicketEscalated(ticket.id(), ticket.number(), ticket.line(), decision.trigger(),
				decision.level(), decision.reason(), actor.name(), now);
		this.events.publishEvent(escalated);
		return Optional.of(escalated);
	}

}
