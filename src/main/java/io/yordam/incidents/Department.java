package io.yordam.incidents;

import java.util.Optional;

/** The departments that own the causes of incidents. */
public enum Department {

	RESTAURANT_QUALITY, COURIER_OPERATIONS, PAYMENTS, PLATFORM_OPERATIONS;

	/**
	 * Which department hears about an incident with this fault: nobody for the customer's
	 * own doing (except a declined card, which payments follows), force majeure or an
	 * unknown cause.
	 */
	static Optional<Department> owning(Fault fault, IncidentType type) {
		return switch (fault) {
			case RESTAURANT -> Optional.of(RESTAURANT_QUALITY);
			case COURIER -> Optional.of(COURIER_OPERATIONS);
			case PLATFORM -> Optional.of((type == IncidentType.UNPAID_ORDER) ? PAYMENTS : PLATFORM_OPERATIONS);
			case CUSTOMER -> (type == IncidentType.UNPAID_ORDER) ? Optional.of(PAYMENTS) : Optional.empty();
			case FORCE_MAJEURE, UNKNOWN -> Optional.empty();
		};
	}

}
