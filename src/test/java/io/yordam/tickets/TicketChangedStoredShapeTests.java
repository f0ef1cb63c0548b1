package io.yordam.tickets;

import java.time.Instant;
import java.util.UUID;

import io.yordam.access.Participant;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The event publication registry keeps a {@link TicketChanged} as JSON: its change is
 * written as the same text it was as a string, so a publication stored before it became a
 * type is read back.
 */
class TicketChangedStoredShapeTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void eachChangeIsWrittenAndReadAsItsWireName() {
		for (TicketChanged.Change change : TicketChanged.Change.values()) {
			assertThat(JSON.writeValueAsString(change)).isEqualTo("\"" + change.wire() + "\"");
			assertThat(JSON.readValue("\"" + change.wire() + "\"", TicketChanged.Change.class)).isEqualTo(change);
		}
		assertThat(TicketChanged.Change.CUSTOMER_MESSAGE.wire()).isEqualTo("customer-message");
	}

	@Test
	void anEventStoredWithTheChangeAsAStringIsReadBack() {
		TicketChanged event = new TicketChanged(new TicketId(UUID.randomUUID()), 1042, UUID.randomUUID(),
				Participant.customer("c-1"), TicketLine.CUSTOMERS_PARTNERS, TicketStatus.NEW, TicketPriority.NORMAL,
				TicketCategory.GENERAL_QUESTION, "Kechikish", null, TicketChanged.Change.OPENED,
				Instant.parse("2026-11-23T08:00:00Z"), Instant.parse("2026-11-23T08:00:00Z"));
		String stored = JSON.writeValueAsString(event);
		assertThat(stored).contains("\"change\":\"opened\"");
		assertThat(JSON.readValue(stored, TicketChanged.class)).isEqualTo(event);
	}

}
