package io.yordam.notifications;

import java.time.Instant;
import java.util.UUID;

/**
 * One notification as the operator reads it: the human ids (ticket number, customer's
 * name, order number), a detail (the reply's first words, the ticket's subject or the
 * incident's type) and where a click leads. Texts around them are the reader's language,
 * written by the page.
 */
public record Notification(UUID id, NotificationKind kind, UUID ticketId, Long ticketNumber, String customerName,
		String orderNumber, String detail, Instant createdAt, boolean read, String url) {

	static String urlOf(NotificationKind kind, UUID ticketId) {
		if (kind == NotificationKind.APPROVAL || ticketId == null) {
			// Approving happens on the approvals page; the ticket is one click further.
			return (kind == NotificationKind.APPROVAL) ? "/agent/approvals" : "/agent";
		}
		return "/agent/tickets/" + ticketId;
	}

}
