package io.yordam.incidents;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.yordam.common.InvalidInputException;
import io.yordam.common.RuleViolationException;
import io.yordam.orders.OrderView;
import tools.jackson.databind.ObjectMapper;

import org.springframework.stereotype.Component;

/**
 * Starts an incident whose order already qualifies: runs its playbook, keeps the options
 * with the incident and offers them in the chat. In the caller's transaction: a refusal
 * here is the caller's to answer or to throw.
 */
@Component
class IncidentStarter {

	private final Playbooks playbooks = new Playbooks();

	private final IncidentRepository incidents;

	private final PlaybookSettingsStore settings;

	private final IncidentChat chat;

	private final IncidentViews views;

	private final ObjectMapper mapper;

	private final Clock clock;

	IncidentStarter(IncidentRepository incidents, PlaybookSettingsStore settings, IncidentChat chat,
			IncidentViews views, ObjectMapper mapper, Clock clock) {
		this.incidents = incidents;
		this.settings = settings;
		this.chat = chat;
		this.views = views;
		this.mapper = mapper;
		this.clock = clock;
	}

	IncidentView start(UUID ticketId, UUID conversationId, OrderView order, IncidentType type, IncidentFacts facts,
			Acting by) {
		Instant now = this.clock.instant();
		List<Offer> offers = offersFor(type, facts, order, now, this.settings.current().settings());
		if (this.mapper.writeValueAsString(facts).length() > IncidentColumns.MAX_JSON
				|| this.mapper.writeValueAsString(offers).length() > IncidentColumns.MAX_JSON) {
			// Each field is bounded at the edge; together, escaped, they must still fit.
			throw new InvalidInputException("facts", "length",
					"The facts are too long for one incident: fewer items or a shorter note");
		}
		Incident incident = this.incidents
			.saveAndFlush(new Incident(ticketId, conversationId, order, type, facts, offers, by, now));
		this.chat.offer(incident, order.number());
		return this.views.view(incident);
	}

	/**
	 * An incident still waiting for the customer's choice, offered again where they ask.
	 */
	IncidentView offerAgain(Incident incident, UUID ticketId, UUID conversationId, OrderView order) {
		incident.offerAgainIn(ticketId, conversationId, this.clock.instant());
		this.chat.offerAgain(incident, order.number());
		return this.views.view(incident);
	}

	/**
	 * The playbook's options, each one whose requests to the platform are exactly what
	 * the ledger posts; an amount beyond a long's range (an order's prices gone wrong) is
	 * a refusal, never a wrapped-around number.
	 */
	private List<Offer> offersFor(IncidentType type, IncidentFacts facts, OrderView order, Instant now,
			PlaybookSettings current) {
		try {
			List<Offer> offers = this.playbooks.of(type).offer(facts, order, now, current);
			if (offers.stream().allMatch(Offer::consistent)) {
				return offers;
			}
		}
		catch (ArithmeticException ex) {
			// Refused below.
		}
		throw new RuleViolationException(422, "amount-out-of-range",
				"The amounts of order " + order.number() + " are out of range: the incident is for a person to handle");
	}

}
