package io.yordam.tickets;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An internal note: seen by support only, never by the customer. */
@Entity
@Table(name = "ticket_notes")
class TicketNote {

	@Id
	private UUID id;

	private UUID ticketId;

	private String authorId;

	private String authorName;

	private String body;

	private Instant createdAt;

	protected TicketNote() {
	}

	TicketNote(UUID ticketId, Actor author, String body, Instant createdAt) {
		this.id = UUID.randomUUID();
		this.ticketId = ticketId;
		this.authorId = author.id();
		this.authorName = author.name();
		this.body = body;
		this.createdAt = createdAt;
	}

	NoteView view() {
		return new NoteView(this.id, this.authorName, this.body, this.createdAt);
	}

}
