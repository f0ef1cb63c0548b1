package io.yordam.tickets;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;

/**
 * An internal note: seen by support only, never by the customer. A person's note is in
 * the words they wrote; the bot's hand-off summary is written in each of the desk's
 * languages, so every agent reads it in theirs.
 */
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

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "ticket_note_translations", joinColumns = @JoinColumn(name = "note_id"))
	@MapKeyColumn(name = "language")
	@Column(name = "body")
	private Map<String, String> translations = new HashMap<>();

	protected TicketNote() {
	}

	/**
	 * @param translations the note in each language (ru, uz, en); {@code body} is the one
	 * shown where no reader's language is known
	 */
	TicketNote(UUID ticketId, Actor author, String body, Map<String, String> translations, Instant createdAt) {
		this(ticketId, author, body, createdAt);
		this.translations.putAll(translations);
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
		return new NoteView(this.id, this.authorName, this.body, this.createdAt, Map.copyOf(this.translations));
	}

}
