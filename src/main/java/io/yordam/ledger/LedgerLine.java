package io.yordam.ledger;

import java.time.Instant;
import java.util.UUID;

/** A transaction as the customer-360, the incident and finance see it. */
public record LedgerLine(UUID id, Instant at, PostingKind kind, String customerId, long amount, UUID ticketId,
		String orderId, UUID incidentId, String option, LedgerActor.Kind actorKind, String actorId, String actorName,
		String approvedBy, String reason, UUID reverses, boolean reversed, String idempotencyKey) {
}
