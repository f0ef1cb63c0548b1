package io.yordam.feedback;

import java.time.Instant;
import java.util.UUID;

import io.yordam.access.Participant;
import io.yordam.conversations.Channel;
import io.yordam.tickets.TicketId;

/**
 * A satisfaction survey of one ticket resolution, with what it rates as it was when the
 * ticket was solved; {@code score} and {@code comment} are null until answered.
 */
record Survey(UUID id, TicketId ticketId, long ticketNumber, int resolution, UUID conversationId, Participant customer,
		Channel channel, String language, String operatorId, String operatorName, boolean solvedByBot, Rated rated,
		Instant askedAt, Integer score, String comment, Instant ratedAt, boolean followUp) {

	/** The order the ticket was about and who served it (all null without an order). */
	record Rated(String orderId, String orderNumber, String restaurant, String courier, String city) {

		static final Rated NO_ORDER = new Rated(null, null, null, null, null);

	}

	/** The id of the quick reply that gives this score. */
	String actionId(int score) {
		return FeedbackActions.CSAT + this.id + ":" + score;
	}

	TicketRated ratedEvent(int score, String comment, Instant at) {
		return new TicketRated(this.id, this.ticketId, this.ticketNumber, this.resolution, this.customer, score,
				comment, this.operatorId, this.operatorName, this.solvedByBot, this.rated.orderId(),
				this.rated.orderNumber(), this.rated.restaurant(), this.rated.courier(), this.rated.city(),
				this.channel, this.language, at);
	}

	@Override
	public String toString() {
		return "Survey[#" + this.ticketNumber + "/" + this.resolution + "]";
	}

}
