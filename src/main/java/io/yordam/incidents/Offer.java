package io.yordam.incidents;

import java.util.List;

import io.yordam.ledger.PostingKind;

/**
 * One option a playbook offers: what it pays (ledger postings) and what it asks the
 * platform to do. Computed when the incident opens and kept, so the customer gets exactly
 * what they were offered even if the settings change meanwhile. It is the one source of
 * what the option is called and what it gives: the customer's quick reply and the agent's
 * panel both show {@link #refund()} and {@link #bonus()}, rendered by
 * {@link IncidentTexts#label}; {@link #cost()} is what support pays, for the limits.
 */
public record Offer(String option, List<Payment> payments, List<PlatformStep> steps) {

	public Offer {
		payments = List.copyOf(payments);
		// Money asked of the platform mirrors money posted, and a payment of 0 is not
		// posted: a request for 0 is not made either.
		steps = steps.stream().filter(s -> !(s.kind().movesMoney() && s.amount() == 0)).toList();
	}

	/** What choosing it costs support, in so'm: every payment, of every kind. */
	public long cost() {
		return this.payments.stream().mapToLong(Payment::amount).reduce(0, Math::addExact);
	}

	/** Money back to the customer's payment, as the customer is shown it. */
	public long refund() {
		return paid(PostingKind.REFUND);
	}

	/** Money to the customer's bonus account, as the customer is shown it. */
	public long bonus() {
		return paid(PostingKind.BONUS_CREDIT);
	}

	/**
	 * Whether the platform is asked for exactly what the ledger posts: no amount below 0,
	 * no sum beyond a long, and refunds and bonus credits requested adding up, kind by
	 * kind, to the refund and bonus payments.
	 */
	boolean consistent() {
		try {
			return this.payments.stream().allMatch(p -> p.amount() >= 0)
					&& this.steps.stream().allMatch(s -> s.amount() >= 0) && cost() >= 0
					&& requested(PlatformStep.Kind.REFUND) == refund()
					&& requested(PlatformStep.Kind.CREDIT_BONUS) == bonus();
		}
		catch (ArithmeticException ex) {
			return false;
		}
	}

	long requested(PlatformStep.Kind kind) {
		return this.steps.stream()
			.filter(s -> s.kind() == kind)
			.mapToLong(PlatformStep::amount)
			.reduce(0, Math::addExact);
	}

	private long paid(PostingKind kind) {
		return this.payments.stream()
			.filter(p -> p.kind() == kind)
			.mapToLong(Payment::amount)
			.reduce(0, Math::addExact);
	}

	public record Payment(PostingKind kind, long amount) {
	}

	/** A request to the platform. */
	public record PlatformStep(Kind kind, List<String> skus, long amount) {

		public enum Kind {

			REDELIVER, REFUND, CREDIT_BONUS, CANCEL, RETRY_PAYMENT, SWITCH_TO_CASH;

			boolean movesMoney() {
				return this == REFUND || this == CREDIT_BONUS;
			}

		}

		static PlatformStep of(Kind kind) {
			return new PlatformStep(kind, List.of(), 0);
		}

	}

}
