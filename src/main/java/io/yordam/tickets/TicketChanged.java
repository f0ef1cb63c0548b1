package io.yordam.tickets;

import java.time.Instant;
import java.util.UUID;

import io.yordam.conversations.Channel;

import com.fasterxml.jackson.annotation.JsonValue;
import io.yordam.access.Participant;

/**
 * A ticket was opened or changed. Carries the summary the queue and the customer-360
 * show, so that no listener has to read the ticket back.
 */
public record TicketChanged(TicketId ticketId, long number, UUID conversationId, Participant requester, TicketLine line,
		TicketStatus status, TicketPriority priority, TicketCategory category, String subject, String assigneeId,
		Change change, Instant createdAt, Instant updatedAt, String language, EscalationLevel escalationLevel,
		int reopenCount, Channel channel) {

	/**
	 * Events stored before language and escalation were carried read as first line, in
	 * Russian.
	 */
	public TicketChanged {
		language = (language != null) ? language : "ru";
		escalationLevel = (escalationLevel != null) ? escalationLevel : EscalationLevel.FIRST_LINE;
		channel = (channel != null) ? channel : Channel.CHAT;
	}

	/** A chat's ticket. */
	public TicketChanged(TicketId ticketId, long number, UUID conversationId, Participant requester, TicketLine line,
			TicketStatus status, TicketPriority priority, TicketCategory category, String subject, String assigneeId,
			Change change, Instant createdAt, Instant updatedAt, String language, EscalationLevel escalationLevel,
			int reopenCount) {
		this(ticketId, number, conversationId, requester, line, status, priority, category, subject, assigneeId, change,
				createdAt, updatedAt, language, escalationLevel, reopenCount, Channel.CHAT);
	}

	public TicketChanged(TicketId ticketId, long number, UUID conversationId, Participant requester, TicketLine line,
			TicketStatus status, TicketPriority priority, TicketCategory category, String subject, String assigneeId,
			Change change, Instant createdAt, Instant updatedAt) {
		this(ticketId, number, conversationId, requester, line, status, priority, category, subject, assigneeId, change,
				createdAt, updatedAt, "ru", EscalationLevel.FIRST_LINE, 0, Channel.CHAT);
	}

	@Override
	public String toString() {
		return "TicketChanged[#" + this.number + " " + this.change + " " + this.status + "]";
	}

	/**
	 * What changed. Written as its wire name (in the event publication registry and to
	 * the operators' pages), the same text it had as a string.
	 */
	public enum Change {

		OPENED("opened"), ASSIGNED("assigned"), REPLIED("replied"), CUSTOMER_MESSAGE("customer-message"),
		STATUS("status"), PRIORITY("priority"), CATEGORY("category"), TAGS("tags"), ORDER("order"), NOTE("note"),
		ESCALATED("escalated"), LANGUAGE("language"),
		/** An SLA target was missed (recorded on the audit trail by the sla module). */
		SLA_BREACHED("sla-breached"),
		/** Another ticket of the requester was merged into this one. */
		MERGED("merged"),
		/** The requester, a channel's contact, was linked to a platform account. */
		REQUESTER("requester"),
		/** The requester rated how the ticket was solved (the audit trail has it). */
		RATED("rated");

		private final String wire;

		Change(String wire) {
			this.wire = wire;
		}

		@JsonValue
		public String wire() {
			return this.wire;
		}

		@Override
		public String toString() {
			return this.wire;
		}

	}

}
