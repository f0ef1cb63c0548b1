package io.yordam.incidents;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An incident as the ticket view, the approvals queue and the API show it. */
public record IncidentView(UUID id, UUID ticketId, UUID conversationId, String orderId, String customerId,
		IncidentType type, IncidentStatus status, IncidentFacts facts, List<Offer> offers, String chosenOption,
		String chosenBy, String requestedBy, String approvalReason, String decidedBy, String decisionNote,
		int platformRequestsPending, long cost, Fault fault, String faultNote, String faultBy, AbuseSignals signals,
		Instant createdAt, Instant updatedAt, Instant resolvedAt, List<Step> log) {

	/** Who chose when the customer did, by quick reply ({@link #chosenBy}). */
	public static final String CUSTOMER = "customer";

	/** Whether the customer chose the option themselves (not an operator for them). */
	public boolean chosenByCustomer() {
		return CUSTOMER.equals(this.chosenBy);
	}

	/** The option chosen, as it was offered (null before a choice). */
	public Offer chosenOffer() {
		return this.offers.stream().filter(o -> o.option().equals(this.chosenOption)).findFirst().orElse(null);
	}

	/** What the chosen option costs (0 before a choice). */
	public long chosenCost() {
		Offer chosen = chosenOffer();
		return (chosen != null) ? chosen.cost() : 0;
	}

	public record Step(Instant at, String actor, String action, String detail) {
	}

}
