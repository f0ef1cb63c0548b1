package io.yordam.ledger;

import java.time.Instant;
import java.util.UUID;

/**
 * A ledger transaction was written (once per transaction: a retried posting publishes
 * nothing). A reversal carries the negative amount and the id it reverses.
 *
 * @param amount so'm, negative for a reversal
 * @param actorId the operator's id when an agent posted it, the bot's or the system's
 * otherwise
 */
public record CompensationPosted(UUID transactionId, PostingKind kind, String customerId, long amount, UUID ticketId,
		String orderId, String option, LedgerActor.Kind actorKind, String actorId, UUID reverses, Instant at) {

	@Override
	public String toString() {
		return "CompensationPosted[" + this.transactionId + " " + this.kind + " " + this.amount + "]";
	}

}
