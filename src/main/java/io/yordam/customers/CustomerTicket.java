package io.yordam.customers;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.yordam.access.Participant;
import io.yordam.access.PlatformRole;

/** A ticket in a customer's history, as the last event told it. */
@Entity
@Table(name = "customer_tickets")
class CustomerTicket {

	@Id
	private UUID ticketId;

	private String customerId;

	/** With the id, whose ticket: ids of different roles may coincide. */
	@Enumerated(EnumType.STRING)
	private PlatformRole customerRole;

	private long number;

	private String status;

	private String category;

	private String subject;

	private Instant createdAt;

	private Instant updatedAt;

	protected CustomerTicket() {
	}

	CustomerTicket(UUID ticketId, Participant requester, long number, Instant createdAt) {
		this.ticketId = ticketId;
		this.customerId = requester.id();
		this.customerRole = requester.role();
		this.number = number;
		this.createdAt = createdAt;
		this.updatedAt = createdAt;
	}

	/** Events may arrive out of order: an older update never overwrites a newer one. */
	void update(String status, String category, String subject, Instant updatedAt) {
		if (this.status != null && updatedAt.isBefore(this.updatedAt)) {
			return;
		}
		this.status = status;
		this.category = category;
		this.subject = subject;
		this.updatedAt = updatedAt;
	}

	CustomerView.TicketLine view() {
		return new CustomerView.TicketLine(this.ticketId, this.number, this.status, this.category, this.subject,
				this.createdAt, this.updatedAt);
	}

}
