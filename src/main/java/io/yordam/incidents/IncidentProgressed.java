package io.yordam.incidents;

import java.util.UUID;

/**
 * An incident moved on where the customer can see it: carried out or done
 * ({@code RESOLVED}), waiting for the platform ({@code IN_PROGRESS}), waiting for a
 * supervisor ({@code AWAITING_APPROVAL}), refused by the platform
 * ({@code PLATFORM_REFUSED}) or by a supervisor ({@code REFUSED}). The bot follows its
 * own incidents by it.
 */
public record IncidentProgressed(UUID incidentId, UUID conversationId, String orderId, IncidentType type,
		IncidentStatus status, Acting.Role requesterRole) {

	public boolean resolved() {
		return this.status == IncidentStatus.RESOLVED;
	}

	public boolean needsPerson() {
		return this.status == IncidentStatus.AWAITING_APPROVAL || this.status == IncidentStatus.PLATFORM_REFUSED
				|| this.status == IncidentStatus.REFUSED;
	}

	public boolean requestedByTheBot() {
		return this.requesterRole == Acting.Role.BOT;
	}

	/** Support's desk opened it by itself (a declined card): nobody asked for it. */
	public boolean requestedByTheDesk() {
		return this.requesterRole == Acting.Role.SYSTEM;
	}

}
