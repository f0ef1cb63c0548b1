package io.yordam.tickets;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A note as support reads it. {@code translations} holds the note in each language it was
 * written in (the bot's summary: ru, uz, en), empty for a person's note.
 */
public record NoteView(UUID id, String authorName, String body, Instant createdAt, Map<String, String> translations) {

	public NoteView {
		translations = (translations != null) ? Map.copyOf(translations) : Map.of();
	}

	public NoteView(UUID id, String authorName, String body, Instant createdAt) {
		this(id, authorName, body, createdAt, Map.of());
	}

	/** The note in a reader's language, or as it was written. */
	public String inLanguage(String language) {
		return this.translations.getOrDefault(language, this.body);
	}

}
