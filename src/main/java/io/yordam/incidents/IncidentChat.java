package io.yordam.incidents;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.yordam.conversations.ConversationId;
import io.yordam.conversations.ConversationView;
import io.yordam.conversations.Conversations;
import io.yordam.conversations.QuickReply;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * What the customer reads in the chat about their incident, in their language. Each step
 * the customer sees is also an {@link IncidentProgressed}: the bot follows its own
 * incidents by it. The options go out as quick replies whose action names the incident
 * and the option, so the customer's tap comes back as a choice ({@link #tapOf}).
 */
@Component
class IncidentChat {

	private static final String ACTION_PREFIX = "inc:";

	private final Conversations conversations;

	private final IncidentTexts texts;

	private final ApplicationEventPublisher events;

	IncidentChat(Conversations conversations, IncidentTexts texts, ApplicationEventPublisher events) {
		this.conversations = conversations;
		this.texts = texts;
		this.events = events;
	}

	/** The options, each labelled with what it gives. */
	void offer(Incident incident, String orderNumber) {
		offer(incident, orderNumber, incident.id().toString(), "incident-offer-" + incident.id());
	}

	/** The same options again, in the chat the incident is in now. */
	void offerAgain(Incident incident, String orderNumber) {
		// A quick reply's id is unique across chats: the same options again carry a
		// mark of their own after the incident's id.
		offer(incident, orderNumber, incident.id() + "." + incident.trailLength(),
				"incident-offer-" + incident.id() + "-" + incident.trailLength());
	}

	private void offer(Incident incident, String orderNumber, String tapped, String messageId) {
		String locale = localeOf(incident);
		List<QuickReply> replies = incident.offering()
			.offers()
			.stream()
			.map(o -> new QuickReply(ACTION_PREFIX + tapped + ":" + o.option(), this.texts.label(o, locale)))
			.toList();
		this.conversations.postAsSystem(new ConversationId(incident.conversationId()),
				this.texts.offer(incident.type(), orderNumber, locale), replies, messageId);
	}

	void waitingForSupervisor(Incident incident) {
		tell(incident, this.texts.waitingForSupervisor(localeOf(incident)), "waiting");
	}

	void refused(Incident incident) {
		tell(incident, this.texts.refused(incident.offering().chosen(), localeOf(incident)), "refused");
	}

	/**
	 * "Done" only when nothing waits for the platform; otherwise "asked", and "done" once
	 * the platform confirms ({@link #done}).
	 */
	void carriedOut(Incident incident, Offer offer) {
		String locale = localeOf(incident);
		tell(incident, offer.steps().isEmpty() ? this.texts.done(offer, locale) : this.texts.inProgress(offer, locale),
				"carried-out");
	}

	/** The platform confirmed: "asked" named the option already ({@link #carriedOut}). */
	void done(Incident incident) {
		tell(incident, this.texts.confirmed(localeOf(incident)), "done");
	}

	void platformRefused(Incident incident) {
		tell(incident, this.texts.platformRefused(localeOf(incident)), "platform-refused");
	}

	private void tell(Incident incident, String text, String step) {
		this.conversations.postAsSystem(new ConversationId(incident.conversationId()), text, List.of(),
				"incident-" + step + "-" + incident.id());
		this.events.publishEvent(new IncidentProgressed(incident.id(), incident.conversationId(), incident.orderId(),
				incident.type(), incident.status(), incident.requester().role()));
	}

	private String localeOf(Incident incident) {
		return this.conversations.find(new ConversationId(incident.conversationId()))
			.map(ConversationView::participantLocale)
			.orElse("ru");
	}

	/** The incident and the option a quick reply's action names; empty for any other. */
	static Optional<Tap> tapOf(String actionId) {
		if (actionId == null || !actionId.startsWith(ACTION_PREFIX)) {
			return Optional.empty();
		}
		String[] parts = actionId.substring(ACTION_PREFIX.length()).split(":", 2);
		// "<incident>.<n>" names an offer made again (see offerAgain).
		int again = parts[0].indexOf('.');
		return Optional.of(new Tap(UUID.fromString((again < 0) ? parts[0] : parts[0].substring(0, again)), parts[1]));
	}

	record Tap(UUID incidentId, String option) {
	}

}
