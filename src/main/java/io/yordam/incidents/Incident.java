package io.yordam.incidents;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.yordam.common.InvalidInputException;
import io.yordam.common.RuleViolationException;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
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
 * The facts and the options offered are kept as they were made (a later change of the
 * settings changes nothing the customer was offered).
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

	@Enumerated(EnumType.STRING)
	private IncidentType type;

	@Enumerated(EnumType.STRING)
	private IncidentStatus status;

	@Convert(converter = IncidentColumns.Facts.class)
	private IncidentFacts facts;

	@Convert(converter = IncidentColumns.Offers.class)
	@Column(name = "offer")
	private List<Offer> offers;

	private String chosenOption;

	private String chosenBy;

	private String requestedById;

	private String requestedByName;

	@Enumerated(EnumType.STRING)
	private Acting.Role requestedByRole;

	private String approvalReason;

	private String decidedBy;

	private String decisionNote;

	private int actionsPending;

	private long cost;

	@Enumerated(EnumType.STRING)
	private Fault fault;

	private String faultNote;

	private String faultBy;

	private String restaurantName;

	private String courierName;

	private String city;

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

	Incident(UUID ticketId, UUID conversationId, String orderId, String customerId, IncidentType type,
			IncidentFacts facts, List<Offer> offers, Acting requester, String restaurantName, String courierName,
			String city, Instant now) {
		this.id = UUID.randomUUID();
		this.ticketId = ticketId;
		this.conversationId = conversationId;
		this.orderId = orderId;
		this.customerId = customerId;
		this.type = type;
		this.status = IncidentStatus.OFFERED;
		this.facts = facts;
		this.offers = List.copyOf(offers);
		this.requestedById = requester.id();
		this.requestedByName = requester.name();
		this.requestedByRole = requester.role();
		this.restaurantName = restaurantName;
		this.courierName = courierName;
		this.city = city;
		this.createdAt = now;
		this.updatedAt = now;
		record(requester.name(), "opened", type.name(), now);
	}

	/**
	 * The customer (or an operator for them) picks an option.
	 * @return whether this call made the choice (false: the same choice was already made)
	 */
	boolean choose(String option, String by, Instant now) {
		if (this.chosenOption != null) {
			if (this.chosenOption.equals(option)) {
				return false;
			}
			throw RuleViolationException.conflict("incident-already-chosen",
					"Option " + this.chosenOption + " was already chosen");
		}
		if (this.status != IncidentStatus.OFFERED) {
			throw RuleViolationException.conflict("incident-not-offered", "The incident is " + this.status);
		}
		this.chosenOption = option;
		this.chosenBy = by;
		record(by, "chosen", option, now);
		return true;
	}

	void awaitApproval(String reason, Instant now) {
		this.status = IncidentStatus.AWAITING_APPROVAL;
		this.approvalReason = reason;
		record("Yordam", "approval-requested", reason, now);
	}

	/** The API bounds it too; the workspace's form comes here directly. */
	private static void checkDecisionNote(String note) {
		if (note != null && note.length() > 500) {
			throw new InvalidInputException("note", "length", "A decision note has at most 500 characters");
		}
	}

	/** A supervisor other than the requester. */
	void approve(String supervisorId, String supervisorName, String note, Instant now) {
		checkDecisionNote(note);
		refuseUnlessAwaiting(supervisorId);
		this.decidedBy = supervisorName;
		this.decisionNote = note;
		record(supervisorName, "approved", note, now);
	}

	void refuse(String supervisorId, String supervisorName, String note, Instant now) {
		checkDecisionNote(note);
		refuseUnlessAwaiting(supervisorId);
		this.status = IncidentStatus.REFUSED;
		this.decidedBy = supervisorName;
		this.decisionNote = note;
		record(supervisorName, "refused", note, now);
	}

	private void refuseUnlessAwaiting(String supervisorId) {
		if (this.status != IncidentStatus.AWAITING_APPROVAL) {
			throw RuleViolationException.conflict("incident-not-awaiting", "Nothing waits for approval");
		}
		if (supervisorId.equals(this.requestedById)) {
			throw new RuleViolationException(403, "own-approval", "Nobody may approve their own request");
		}
	}

	/** The chosen option's money is posted and its platform requests are queued. */
	void carriedOut(long cost, int platformRequests, Instant now) {
		this.cost = cost;
		this.actionsPending = platformRequests;
		this.status = (platformRequests == 0) ? IncidentStatus.RESOLVED : IncidentStatus.IN_PROGRESS;
		if (this.status == IncidentStatus.RESOLVED) {
			this.resolvedAt = now;
		}
		record("Yordam", "carried-out", this.chosenOption + " " + cost + " UZS", now);
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
			this.status = IncidentStatus.RESOLVED;
			this.resolvedAt = now;
			return Settlement.ALL_DONE;
		}
		return Settlement.STILL_PENDING;
	}

	void attributeFault(Fault fault, String note, String by, Instant now) {
		if (this.status == IncidentStatus.OFFERED || this.status == IncidentStatus.AWAITING_APPROVAL) {
			throw RuleViolationException.conflict("customer-first",
					"Serve the customer first: the fault is set once an option is carried out or refused");
		}
		this.fault = fault;
		this.faultNote = note;
		this.faultBy = by;
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

	IncidentFacts facts() {
		return this.facts;
	}

	List<Offer> offers() {
		return this.offers;
	}

	/** One of the options offered, by its name. */
	Offer offered(String option) {
		return this.offers.stream()
			.filter(o -> o.option().equals(option))
			.findFirst()
			.orElseThrow(() -> new InvalidInputException("option", "offered",
					"Not one of the options offered: " + this.offers.stream().map(Offer::option).toList()));
	}

	/** The option chosen, as it was offered. */
	Offer chosenOffer() {
		return offered(this.chosenOption);
	}

	String chosenOption() {
		return this.chosenOption;
	}

	/** Who opened the incident and offered its options: their limits apply. */
	Acting requester() {
		return new Acting(this.requestedById, this.requestedByName, this.requestedByRole);
	}

	String decidedBy() {
		return this.decidedBy;
	}

	String restaurantName() {
		return this.restaurantName;
	}

	String courierName() {
		return this.courierName;
	}

	String city() {
		return this.city;
	}

	long cost() {
		return this.cost;
	}

	Fault fault() {
		return this.fault;
	}

	String faultNote() {
		return this.faultNote;
	}

	IncidentView view(AbuseSignals signals) {
		return new IncidentView(this.id, this.ticketId, this.conversationId, this.orderId, this.customerId, this.type,
				this.status, this.facts, this.offers, this.chosenOption, this.chosenBy, this.requestedByName,
				this.approvalReason, this.decidedBy, this.decisionNote, this.actionsPending, this.cost, this.fault,
				this.faultNote, this.faultBy, signals, this.createdAt, this.updatedAt, this.resolvedAt,
				this.log.stream().map(e -> new IncidentView.Step(e.at(), e.actor(), e.action(), e.detail())).toList());
	}

	/** One line of the incident's own trail. */
	@Embeddable
	record LogEntry(Instant at, String actor, String action, String detail) {
	}

}
