package io.yordam.analytics;

import java.time.Instant;
import java.util.UUID;

/**
 * What analytics knows of one ticket: its dimensions as learnt so far and the moments its
 * figures were counted at.
 */
record TicketRow(UUID ticketId, long number, String customerId, String orderId, String channel, String line,
		String reason, String agentId, String city, String restaurant, String courier, Instant openedAt,
		Instant firstResponseAt, Instant firstResolvedAt, boolean fcrMissed) {

	/** Every dimension known of the ticket, and the desk. */
	Dimensions dims() {
		return Dimensions.desk()
			.with(Dimension.CHANNEL, this.channel)
			.with(Dimension.LINE, this.line)
			.with(Dimension.REASON, this.reason)
			.with(Dimension.AGENT, this.agentId)
			.with(Dimension.CITY, this.city)
			.with(Dimension.RESTAURANT, this.restaurant)
			.with(Dimension.COURIER, this.courier);
	}

}
