package io.yordam.incidents;

import java.util.List;

import io.yordam.ledger.PostingKind;

/**
 * One option a playbook offers: what it pays (ledger postings) and what it asks the
 * platform to do. Computed when the incident opens and kept, so the customer gets exactly
 * what they were offered even if the settings change meanwhile.
 */
public record Offer(String option, List<Payment> payments, List<PlatformStep> steps) {

	public Offer {
		payments = List.copyOf(payments);
		steps = List.copyOf(steps);
	}

	/** What choosing it costs support, in so'm. */
	public long cost() {
		return this.payments.stream().mapToLong(Payment::amount).sum();
	}

	public record Payment(PostingKind kind, long amount) {
	}

	/** A request to the platform. */
	public record PlatformStep(Kind kind, List<String> skus, long amount) {

		public enum Kind {

			REDELIVER, REFUND, CREDIT_BONUS, CANCEL, RETRY_PAYMENT, SWITCH_TO_CASH

		}

		static PlatformStep of(Kind kind) {
			return new PlatformStep(kind, List.of(), 0);
		}

	}

}
