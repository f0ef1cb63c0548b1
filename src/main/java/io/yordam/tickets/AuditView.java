package io.yordam.tickets;

import java.time.Instant;

public record AuditView(Instant at, String actorName, String action, String detail) {
}
