package io.yordam.incidents;

import java.time.Clock;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The platform answered one of an incident's requests. The customer is not told "done"
 * for something the platform would not do: an operator takes it from there.
 */
@Component
class PlatformSettlements {

	private final IncidentRepository incidents;

	private final IncidentChat chat;

	private final Clock clock;

	PlatformSettlements(IncidentRepository incidents, IncidentChat chat, Clock clock) {
		this.incidents = incidents;
		this.chat = chat;
		this.clock = clock;
	}

	@Transactional
	void settled(UUID incidentId, String type, boolean accepted, String detail) {
		this.incidents.lockById(incidentId).ifPresent(incident -> {
			switch (incident.platformSettled(type, accepted, detail, this.clock.instant())) {
				case ALL_DONE -> this.chat.done(incident);
				case REFUSED -> this.chat.platformRefused(incident);
				case STILL_PENDING -> {
				}
			}
		});
	}

}
