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

	/** The door the ticket came in by (chat, email, Telegram, phone). */
	@Enumerated(EnumType.STRING)
	private io.yordam.conversations.Channel channel = io.yordam.conversations.Channel.CHAT;

	private Instant createdAt;

	private Instant updatedAt;

	protected CustomerTicket() {
	}

	CustomerTicket(UUID ticketId, Participant requester, long number, io.yordam.conversations.Channel channel,
			Instant createdAt) {
		this.ticketId = ticketId;
		this.channel = channel;
		this.customerId = requester.id();
		this.customerRole = requester.role();
		this.number = number;
		this.createdAt = createdAt;
		this.updatedAt = createdAt;
	}

	/**
	 * A channel's contact was linked to a platform customer: the ticket is in their
	 * history now (unless the event is older than what this row shows).
	 * @return whether the ticket changed hands
	 */
	boolean belongsTo(Participant who, Instant at) {
		boolean same = who.id().equals(this.customerId) && who.role() == this.customerRole;
		if (same || (this.updatedAt != null && at.isBefore(this.updatedAt))) {
			return false;
		}
		this.customerId = who.id();
		this.customerRole = who.role();
		return true;
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
				this.channel, this.createdAt, this.updatedAt);
	}

}
