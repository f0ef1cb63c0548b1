package io.yordam.incidents;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The event publication registry keeps an {@link IncidentProgressed} as JSON: its
 * requester's role, now a type, is written as the same text it was as a string, so a
 * publication stored before is read back and still tells the bot its own incidents.
 */
class IncidentProgressedStoredShapeTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void theRequestersRoleIsStoredByName() {
		IncidentProgressed event = new IncidentProgressed(UUID.randomUUID(), UUID.randomUUID(), "o-1",
				IncidentType.LATE_DELIVERY, IncidentStatus.RESOLVED, Acting.Role.BOT);
		String stored = JSON.writeValueAsString(event);
		assertThat(stored).contains("\"requesterRole\":\"BOT\"");
		assertThat(JSON.readValue(stored, IncidentProgressed.class)).isEqualTo(event);
	}

	@Test
	void aPublicationStoredWithTheRoleAsAStringStillTellsTheBotItsOwn() {
		String older = """
				{"incidentId":"%s","conversationId":"%s","orderId":"o-1","type":"LATE_DELIVERY",
				 "status":"AWAITING_APPROVAL","requesterRole":"%s"}""";
		IncidentProgressed bots = JSON.readValue(older.formatted(UUID.randomUUID(), UUID.randomUUID(), "BOT"),
				IncidentProgressed.class);
		IncidentProgressed agents = JSON.readValue(older.formatted(UUID.randomUUID(), UUID.randomUUID(), "AGENT"),
				IncidentProgressed.class);
		assertThat(bots.requestedByTheBot()).isTrue();
		assertThat(bots.needsPerson()).isTrue();
		assertThat(agents.requestedByTheBot()).isFalse();
	}

}
