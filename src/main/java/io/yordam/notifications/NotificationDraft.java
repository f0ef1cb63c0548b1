package io.yordam.notifications;

import java.util.List;
import java.util.UUID;

import io.yordam.access.OperatorId;

/**
 * What one cause notifies, and whom. The source key names the cause (a message, an
 * assignment, an incident's approval): an operator is told of it once.
 */
record NotificationDraft(String sourceKey, NotificationKind kind, List<OperatorId> recipients, UUID ticketId,
		Long ticketNumber, String customerName, String orderNumber, String detail, UUID incidentId) {

	NotificationDraft {
		recipients = List.copyOf(recipients);
		detail = clip(detail, 200);
		customerName = clip(customerName, 200);
		orderNumber = clip(orderNumber, 64);
	}

	private static String clip(String value, int max) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String text = value.strip();
		return (text.length() <= max) ? text : text.substring(0, max - 1) + "…";
	}

}
