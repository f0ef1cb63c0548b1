package io.yordam.ledger;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import io.yordam.common.NotFoundException;
import io.yordam.common.RuleViolationException;

/**
 * The ledger's rules, apart from how it is stored: a key is paid once, a reused key with
 * different content is refused, a transaction is reversed at most once and a reversal is
 * never reversed.
 */
final class LedgerBook {

	/** Where transactions live (JPA in the application, a map in the property tests). */
	interface Store {

		Optional<LedgerTransaction> byKey(String idempotencyKey);

		Optional<LedgerTransaction> byId(UUID id);

		LedgerTransaction add(LedgerTransaction transaction);

	}

	private final Store store;

	LedgerBook(Store store) {
		this.store = store;
	}

	LedgerTransaction post(Posting posting, Instant now) {
		Optional<LedgerTransaction> earlier = this.store.byKey(posting.idempotencyKey());
		if (earlier.isPresent()) {
			if (!earlier.get().sameAs(posting)) {
				throw RuleViolationException.conflict("ledger-key-reused",
						"This idempotency key already paid something else");
			}
			return earlier.get();
		}
		return this.store.add(LedgerTransaction.post(posting, now));
	}

	LedgerTransaction reverse(UUID id, LedgerActor actor, String reason, Instant now) {
		LedgerTransaction original = this.store.byId(id).orElseThrow(() -> new NotFoundException("ledger transaction"));
		if (original.isReversal()) {
			throw RuleViolationException.conflict("ledger-reversal-final", "A reversal cannot be reversed");
		}
		Optional<LedgerTransaction> earlier = this.store.byKey(LedgerTransaction.reversalKey(id));
		return earlier.orElseGet(() -> this.store.add(original.reversal(actor, reason, now)));
	}

}
