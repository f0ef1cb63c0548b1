package io.yordam.tickets;

import java.time.Instant;
import java.util.UUID;

public record NoteView(UUID id, String authorName, String body, Instant createdAt) {
}
