package io.yordam.tickets;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One line of a ticket's audit trail: who, when, what. Never changed once written. */
@Entity
@Table(name = "ticket_audit")
class TicketAuditEntry {

	@Id
	private UUID id;

	private Instant at;

	private String actorId;

	private String actorName;

	private String action;

	private String detail;

	protected TicketAuditEntry() {
	}

	TicketAuditEntry(Actor actor, String action, String detail, Instant at) {
		this.id = UUID.randomUUID();
		this.actorId = actor.id();
		this.actorName = actor.name();
		this.action = action;
		this.detail = detail;
		this.at = at;
	}

	public Instant at() {
		return this.at;
	}

	public String actorName() {
		return this.actorName;
	}

	public String action() {
		return this.action;
	}

	public String detail() {
		return this.detail;
	}

	/** The actor's id: an operator's, {@code "system"} or {@code "bot"}. */
	public String actorId() {
		return this.actorId;
	}

}
