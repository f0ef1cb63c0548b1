package io.yordam.incidents;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.yordam.orders.OrderView;

/**
 * An incident as its playbook opens it, with the default settings: by default a late
 * delivery (35 minutes: free delivery 9 000 back, or 20 000 to the bonus account) on a
 * ticket, opened by an agent.
 */
final class IncidentBuilder {

	static final Acting AGENT = new Acting("op-1", "Dilnoza", Acting.Role.AGENT);

	private UUID ticketId = UUID.randomUUID();

	private UUID conversationId = UUID.randomUUID();

	private OrderView order = OrderViewBuilder.anOrder().build();

	private IncidentType type = IncidentType.LATE_DELIVERY;

	private IncidentFacts facts = IncidentFacts.none();

	private Acting requester = AGENT;

	private Instant at = OrderViewBuilder.PROMISED.plusSeconds(3600);

	private IncidentBuilder() {
	}

	static IncidentBuilder anIncident() {
		return new IncidentBuilder();
	}

	IncidentBuilder on(OrderView order) {
		this.order = order;
		return this;
	}

	IncidentBuilder of(IncidentType type, IncidentFacts facts) {
		this.type = type;
		this.facts = facts;
		return this;
	}

	IncidentBuilder requestedBy(Acting requester) {
		this.requester = requester;
		return this;
	}

	/** Support reached out first: no ticket yet. */
	IncidentBuilder withoutTicket() {
		this.ticketId = null;
		return this;
	}

	IncidentBuilder inConversation(UUID conversationId) {
		this.conversationId = conversationId;
		return this;
	}

	IncidentBuilder onTicket(UUID ticketId) {
		this.ticketId = ticketId;
		return this;
	}

	Incident build() {
		List<Offer> offers = new Playbooks().of(this.type)
			.offer(this.facts, this.order, this.at, PlaybookSettings.defaults());
		return new Incident(this.ticketId, this.conversationId, this.order, this.type, this.facts, offers,
				this.requester, this.at);
	}

}
