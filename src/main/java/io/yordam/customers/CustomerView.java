package io.yordam.customers;

import java.time.Instant;
import java.util.UUID;

/** A customer's profile in the 360 panel. */
public record CustomerView(String id, String role, String name, String phone, String locale, String city,
		Instant firstSeenAt, Instant lastOrderAt, int ordersCount, int ticketsCount) {

	/** A ticket from the customer's history. */
	public record TicketLine(UUID ticketId, long number, String status, String category, String subject,
			io.yordam.conversations.Channel channel, Instant createdAt, Instant updatedAt) {
	}

}
