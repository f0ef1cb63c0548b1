package io.yordam.incidents;

import java.util.Optional;

/**
 * Faults support knows without a person looking: the incident's type says who it was, so
 * an operator need not be kept to record it and the ticket can close.
 */
final class KnownFaults {

	private KnownFaults() {
	}

	/**
	 * An unpaid order: the platform reported the customer's card declined (in practice
	 * not enough money on it, seed 000). It is the customer's payment, not the
	 * restaurant's, the courier's or the platform's doing, so {@link Fault#CUSTOMER},
	 * which hands the facts to payments like an operator's finding would. A payment
	 * gateway failing on the platform's side is reported otherwise (not as a decline) and
	 * stays for a person.
	 */
	static Optional<FaultFinding> of(IncidentType type) {
		return switch (type) {
			case UNPAID_ORDER -> Optional.of(new FaultFinding(Fault.CUSTOMER,
					"The customer's card was declined; the customer chose how to pay", "Yordam"));
			default -> Optional.empty();
		};
	}

}
