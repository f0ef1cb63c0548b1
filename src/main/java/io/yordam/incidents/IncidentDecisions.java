package io.yordam.incidents;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import io.yordam.access.StaffAction;
import io.yordam.common.InvalidInputException;
import io.yordam.common.NotFoundException;
import io.yordam.common.RuleViolationException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What people decide on an incident: the customer's choice (or an operator's for them), a
 * supervisor's approval or refusal above the requester's limits, and, once the customer
 * is served, who was at fault. Each decision locks its incident, so a double click, a
 * retry or two operators at once meet one incident in one state: the second sees the
 * choice already made.
 */
@Service
public class IncidentDecisions {

	private final IncidentRepository incidents;

	private final SpendingLimits limits;

	private final CompensationPayout payout;

	private final IncidentChat chat;

	private final IncidentViews views;

	private final Clock clock;

	IncidentDecisions(IncidentRepository incidents, SpendingLimits limits, CompensationPayout payout, IncidentChat chat,
			IncidentViews views, Clock clock) {
		this.incidents = incidents;
		this.limits = limits;
		this.payout = payout;
		this.chat = chat;
		this.views = views;
		this.clock = clock;
	}

	/**
	 * The customer (by quick reply) or an operator for them picks an option. Choosing the
	 * same option again returns the incident as it is.
	 */
	@Transactional
	public IncidentView choose(UUID incidentId, String option, String chosenBy) {
		Incident incident = lock(incidentId);
		Offer offer = incident.offering().offered(option);
		Instant now = this.clock.instant();
		if (!incident.choose(option, chosenBy, now)) {
			return this.views.view(incident);
		}
		this.limits.takeTurn(incident);
		switch (this.limits.check(incident, offer, now)) {
			case CompensationLimitPolicy.Refused refused ->
				throw new RuleViolationException(422, refused.reason(), "This option cannot be paid");
			case CompensationLimitPolicy.NeedsApproval needs -> {
				incident.awaitApproval(needs.reason(), now);
				this.chat.waitingForSupervisor(incident);
			}
			case CompensationLimitPolicy.Allowed allowed -> carryOut(incident, offer, null, now);
		}
		return this.views.view(incident);
	}

	@Transactional
	public IncidentView approve(UUID incidentId, Acting supervisor, String note) {
		supervisor.require(StaffAction.DECIDE_APPROVAL);
		Incident incident = lock(incidentId);
		Instant now = this.clock.instant();
		incident.approve(supervisor.id(), supervisor.name(), note, now);
		this.limits.takeTurn(incident);
		carryOut(incident, incident.offering().chosen(), supervisor.name(), now);
		return this.views.view(incident);
	}

	@Transactional
	public IncidentView refuse(UUID incidentId, Acting supervisor, String note) {
		supervisor.require(StaffAction.DECIDE_APPROVAL);
		Incident incident = lock(incidentId);
		incident.refuse(supervisor.id(), supervisor.name(), note, this.clock.instant());
		this.chat.refused(incident);
		return this.views.view(incident);
	}

	/**
	 * After the customer is served: who was at fault. Closing the ticket tells their
	 * department ({@link DepartmentTasks}).
	 */
	@Transactional
	public IncidentView attributeFault(UUID incidentId, Fault fault, String note, Acting by) {
		if (fault == null) {
			throw new InvalidInputException("fault", "required", "Choose who was at fault");
		}
		if (note == null || note.isBlank() || note.length() > 1000) {
			throw new InvalidInputException("note", "required", "Say in 1 to 1000 characters what happened");
		}
		Incident incident = lock(incidentId);
		incident.attributeFault(fault, note.strip(), by.name(), this.clock.instant());
		return this.views.view(incident);
	}

	private void carryOut(Incident incident, Offer offer, String approvedBy, Instant now) {
		this.payout.carryOut(incident, offer, approvedBy, now);
		this.chat.carriedOut(incident, offer);
	}

	private Incident lock(UUID incidentId) {
		return this.incidents.lockById(incidentId).orElseThrow(() -> new NotFoundException("incident"));
	}

}
