package io.yordam.incidents;

import java.util.UUID;

/**
 * An incident moved on where the customer can see it: carried out or done
 * ({@code RESOLVED}), waiting for the platform ({@code IN_PROGRESS}), waiting for a
 * supervisor ({@code AWAITING_APPROVAL}), refused by the platform
 * ({@code PLATFORM_REFUSED}) or by a supervisor ({@code REFUSED}). The bot follows its
 * own incidents by it.
 */
public record IncidentProgressed(UUID incidentId, UUID conversationId, String orderId, IncidentType type, String status,
		String requesterRole) {

	public boolean resolved() {
		return "RESOLVED".equals(this.status);
	}

	public boolean needsPerson() {
		return "AWAITING_APPROVAL".equals(this.status) || "PLATFORM_REFUSED".equals(this.status)
				|| "REFUSED".equals(this.status);
	}

}
