package io.yordam.ledger;

import java.util.Objects;
import java.util.UUID;

import io.yordam.common.Money;

/**
 * A request to pay a customer. The idempotency key names the reason exactly (the
 * incident, the option, the kind): posting it again returns the first transaction.
 */
public record Posting(String idempotencyKey, PostingKind kind, String customerId, Money amount, Reference reference,
		LedgerActor actor, String reason) {

	public Posting {
		Objects.requireNonNull(idempotencyKey, "idempotencyKey");
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(customerId, "customerId");
		Objects.requireNonNull(amount, "amount");
		Objects.requireNonNull(actor, "actor");
		Objects.requireNonNull(reason, "reason");
		if (idempotencyKey.isBlank() || idempotencyKey.length() > 200) {
			throw new IllegalArgumentException("An idempotency key has 1 to 200 characters");
		}
		if (amount.som() <= 0) {
			throw new IllegalArgumentException("A posting pays a positive amount");
		}
		reference = (reference != null) ? reference : Reference.NONE;
	}

	/** What the money was for. */
	public record Reference(UUID ticketId, String orderId, UUID incidentId, String option) {

		public static final Reference NONE = new Reference(null, null, null, null);

	}

}
