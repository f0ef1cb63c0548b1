package io.yordam.incidents;

/** The incidents support has a playbook for. */
public enum IncidentType {

	LATE_DELIVERY, DAMAGED_ORDER, INCOMPLETE_ORDER, WRONG_ORDER, UNPAID_ORDER, CANCELLATION, FOOD_QUALITY;

	/**
	 * The facts its playbook reads ({@link IncidentFacts}: {@code items}, {@code photo},
	 * {@code receivedValue}, {@code problem}): the fields the incident form shows for it,
	 * and the only ones it keeps.
	 */
	public java.util.Set<String> facts() {
		return switch (this) {
			case DAMAGED_ORDER -> java.util.Set.of("items", "photo");
			case INCOMPLETE_ORDER -> java.util.Set.of("items");
			case WRONG_ORDER -> java.util.Set.of("items", "receivedValue");
			case FOOD_QUALITY -> java.util.Set.of("items", "photo", "problem");
			case LATE_DELIVERY, UNPAID_ORDER, CANCELLATION -> java.util.Set.of();
		};
	}

	/** The facts as the form's option names them ({@code "items photo"}). */
	public String factNames() {
		return String.join(" ", new java.util.TreeSet<>(facts()));
	}

}
