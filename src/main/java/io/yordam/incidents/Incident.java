package io.yordam.incidents;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import io.yordam.common.RuleViolationException;
import io.yordam.orders.OrderView;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One playbook run about one order on one ticket. Its verbs check where it is: an option
 * is chosen once (the same choice again is a no-op, a different one is refused), only a
 * supervisor who did not ask may approve, the fault comes after the customer is served.
 */
@Entity
@Table(name = "incidents")
class Incident {

	@Id
	private UUID id;

	private UUID ticketId;

	private UUID conversationId;

	private String orderId;

	private String customerId;

	@Embedded
	private OrderParties parties;

	@Enumerated(EnumType.STRING)
	private IncidentType type;

	@Enumerated(EnumType.STRING)
	private IncidentStatus status;

	@Embedded
	private Offering offering;

	@Embedded
	private Requester requester;

	@Embedded
	private Approval approval;

	private int actionsPending;

	private long cost;

	@Embedded
	private FaultFinding fault;

	private Instant createdAt;

	private Instant updatedAt;

	private Instant resolvedAt;

	@Version
	private long version;

	@ElementCollection(fetch = FetchType.LAZY)
	@CollectionTable(name = "incident_log", joinColumns = @JoinColumn(name = "incident_id"))
	@OrderColumn(name = "position")
	private List<LogEntry> log = new ArrayList<>();

	protected Incident() {
	}

	/**
	 * Opened by a requester on a ticket (or, support reaching out, on a conversation).
	 */
	Incident(UUID ticketId, UUID conversationId, OrderView order, IncidentType type, IncidentFacts facts,
			List<Offer> offers, Acting requester, Instant now) {
		this.id = UUID.randomUUID();
		this.ticketId = ticketId;
		this.conversationId = conversationId;
		this.orderId = order.id().value();
		this.customerId = order.customerId();
		this.parties = OrderParties.of(order);
		this.type = type;
		this.status = IncidentStatus.OFFERED;
		this.offering = Offering.of(facts, offers);
		this.requester = Requester.of(requester);
		this.createdAt = now;
		this.updatedAt = now;
		record(requester.name(), "opened", type.name(), now);
	}

	/**
	 * The customer (or an operator for them) picks an option.
	 * @return whether this call made the choice (false: the same choice was already made)
	 */
	boolean choose(String option, String by, Instant now) {
		String chosen = this.offering.chosenOption();
		if (chosen != null) {
			if (chosen.equals(option)) {
				return false;
			}
			throw RuleViolationException.conflict("incident-already-chosen",
					"Option " + chosen + " was already chosen");
		}
		if (this.status != IncidentStatus.OFFERED) {
			throw RuleViolationException.conflict("incident-not-offered", "The incident is " + this.status);
		}
		this.offering = this.offering.choose(option, by);
		record(by, "chosen", option, now);
		return true;
	}

	void awaitApproval(String reason, Instant now) {
		this.status = IncidentStatus.AWAITING_APPROVAL;
		this.approval = Approval.needed(reason);
		record("Yordam", "approval-requested", reason, now);
	}

	/** A supervisor other than the requester. */
	void approve(String supervisorId, String supervisorName, String note, Instant now) {
		Approval.checkNote(note);
		refuseUnlessAwaiting(supervisorId);
		this.approval = approval().decidedBy(supervisorName, note);
		record(supervisorName, "approved", note, now);
	}

	void refuse(String supervisorId, String supervisorName, String note, Instant now) {
		Approval.checkNote(note);
		refuseUnlessAwaiting(supervisorId);
		this.status = IncidentStatus.REFUSED;
		this.approval = approval().decidedBy(supervisorName, note);
		record(supervisorName, "refused", note, now);
	}

	private void refuseUnlessAwaiting(String supervisorId) {
		if (this.status != IncidentStatus.AWAITING_APPROVAL) {
			throw RuleViolationException.conflict("incident-not-awaiting", "Nothing waits for approval");
		}
		if (supervisorId.equals(this.requester.requestedById())) {
			throw new RuleViolationException(403, "own-approval", "Nobody may approve their own request");
		}
	}

	/** The chosen option's money is posted and its platform requests are queued. */
	void carriedOut(long cost, int platformRequests, Instant now) {
		this.cost = cost;
		this.actionsPending = platformRequests;
		this.status = IncidentStatus.IN_PROGRESS;
		record("Yordam", "carried-out", this.offering.chosenOption() + " " + cost + " UZS", now);
		if (platformRequests == 0) {
			resolve(now);
		}
	}

	/** Everything is done; a fault the type already tells is set by itself. */
	private void resolve(Instant now) {
		this.status = IncidentStatus.RESOLVED;
		this.resolvedAt = now;
		if (this.fault == null || this.fault.fault() == null) {
			KnownFaults.of(this.type).ifPresent(known -> {
				this.fault = known;
				record(known.faultBy(), "fault", known.fault() + ": " + known.faultNote(), now);
			});
		}
	}

	/**
	 * The customer asks about it again, from another chat or the same one, before
	 * choosing: the options go where they ask, and the answers follow them there.
	 */
	void offerAgainIn(UUID ticketId, UUID conversationId, Instant now) {
		if (this.status != IncidentStatus.OFFERED || this.offering.chosenOption() != null) {
			throw RuleViolationException.conflict("incident-not-offered", "The incident is " + this.status);
		}
		this.ticketId = ticketId;
		this.conversationId = conversationId;
		record("Yordam", "offered-again", String.valueOf(conversationId), now);
	}

	/** What the platform's answer to one request means for the incident. */
	enum Settlement {

		STILL_PENDING, ALL_DONE, REFUSED

	}

	/**
	 * The platform settled one request. A refusal (the platform would not do it) stops
	 * the incident in {@link IncidentStatus#PLATFORM_REFUSED}: a person must act.
	 */
	Settlement platformSettled(String type, boolean accepted, String detail, Instant now) {
		record("platform", accepted ? "platform-done" : "platform-refused",
				type + ((detail != null) ? " " + detail : ""), now);
		if (this.actionsPending > 0) {
			this.actionsPending--;
		}
		if (!accepted && this.status == IncidentStatus.IN_PROGRESS) {
			this.status = IncidentStatus.PLATFORM_REFUSED;
			return Settlement.REFUSED;
		}
		if (this.actionsPending == 0 && this.status == IncidentStatus.IN_PROGRESS) {
			resolve(now);
			return Settlement.ALL_DONE;
		}
		return Settlement.STILL_PENDING;
	}

	void attributeFault(Fault fault, String note, String by, Instant now) {
		if (this.status == IncidentStatus.OFFERED || this.status == IncidentStatus.AWAITING_APPROVAL) {
			throw RuleViolationException.conflict("customer-first",
					"Serve the customer first: the fault is set once an option is carried out or refused");
		}
		this.fault = new FaultFinding(fault, note, by);
		record(by, "fault", fault + ": " + note, now);
	}

	void attachTo(UUID ticketId) {
		if (this.ticketId == null) {
			this.ticketId = ticketId;
		}
	}

	private void record(String actor, String action, String detail, Instant now) {
		this.log.add(new LogEntry(now, actor, action,
				(detail != null && detail.length() > 1000) ? detail.substring(0, 1000) : detail));
		this.updatedAt = now;
	}

	UUID id() {
		return this.id;
	}

	/** How many steps its trail holds: each offer again is one, and names its message. */
	int trailLength() {
		return this.log.size();
	}

	UUID ticketId() {
		return this.ticketId;
	}

	UUID conversationId() {
		return this.conversationId;
	}

	String orderId() {
		return this.orderId;
	}

	String customerId() {
		return this.customerId;
	}

	IncidentType type() {
		return this.type;
	}

	IncidentStatus status() {
		return this.status;
	}

	Offering offering() {
		return this.offering;
	}

	/** Who opened the incident and offered its options: their limits apply. */
	Acting requester() {
		return this.requester.acting();
	}

	OrderParties parties() {
		return Objects.requireNonNullElse(this.parties, OrderParties.NONE);
	}

	long cost() {
		return this.cost;
	}

	/** Who was at fault: {@link FaultFinding#NONE} until someone says. */
	FaultFinding fault() {
		return Objects.requireNonNullElse(this.fault, FaultFinding.NONE);
	}

	private Approval approval() {
		return Objects.requireNonNullElse(this.approval, Approval.NONE);
	}

	IncidentView view(AbuseSignals signals) {
		Approval approval = approval();
		FaultFinding fault = fault();
		return new IncidentView(this.id, this.ticketId, this.conversationId, this.orderId, this.customerId, this.type,
				this.status, this.offering.facts(), this.offering.offers(), this.offering.chosenOption(),
				this.offering.chosenBy(), this.requester.requestedByName(), approval.approvalReason(),
				approval.decidedBy(), approval.decisionNote(), this.actionsPending, this.cost, fault.fault(),
				fault.faultNote(), fault.faultBy(), signals, this.createdAt, this.updatedAt, this.resolvedAt,
				this.log.stream().map(e -> new IncidentView.Step(e.at(), e.actor(), e.action(), e.detail())).toList());
	}

	/** One line of the incident's own trail. */
	@Embeddable
	record LogEntry(Instant at, String actor, String action, String detail) {
	}

}
