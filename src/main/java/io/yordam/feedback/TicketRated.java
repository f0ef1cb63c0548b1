package io.yordam.feedback;

import java.time.Instant;
import java.util.UUID;

import io.yordam.access.Participant;
import io.yordam.conversations.Channel;
import io.yordam.tickets.TicketId;

/**
 * A customer rated a ticket's resolution, once per survey. Who and what were rated are as
 * they were when the ticket was solved: the agent who had it ({@code operatorId},
 * {@code operatorName}; null when the bot solved it alone), the order's restaurant,
 * courier and city (null without an order). {@code comment} is null when none was given.
 */
public record TicketRated(UUID surveyId, TicketId ticketId, long ticketNumber, int resolution, Participant customer,
		int score, String comment, String operatorId, String operatorName, boolean solvedByBot, String orderId,
		String orderNumber, String restaurant, String courier, String city, Channel channel, String language,
		Instant ratedAt) {

	@Override
	public String toString() {
		return "TicketRated[#" + this.ticketNumber + "/" + this.resolution + " " + this.score + "/5]";
	}

}
