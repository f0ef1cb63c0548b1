package io.yordam.incidents;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import io.yordam.access.PlatformRole;
import io.yordam.common.RuleViolationException;
import io.yordam.tickets.EscalationLevel;
import io.yordam.tickets.TicketCategory;
import io.yordam.tickets.TicketId;
import io.yordam.tickets.TicketLine;
import io.yordam.tickets.TicketPriority;
import io.yordam.tickets.TicketStatus;
import io.yordam.tickets.TicketSummary;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** The incidents' say before a ticket closes, alone: every incident needs its fault. */
class IncidentClosingCheckTests {

	final IncidentRepository incidents = mock(IncidentRepository.class);

	final IncidentClosingCheck check = new IncidentClosingCheck(this.incidents);

	static TicketSummary ticket(UUID id) {
		Instant now = Instant.parse("2026-11-23T12:00:00Z");
		return new TicketSummary(new TicketId(id), 1042, UUID.randomUUID(), "c-1", PlatformRole.CUSTOMER, "Dilnoza",
				TicketLine.CUSTOMERS_PARTNERS, TicketStatus.OPEN, TicketPriority.NORMAL, TicketCategory.LATE_DELIVERY,
				Set.of(), null, null, "o-1", "Kechikish", now, now, null, null, "uz", EscalationLevel.FIRST_LINE, 0);
	}

	@Test
	void anIncidentWithoutItsFaultKeepsTheTicketOpen() {
		UUID id = UUID.randomUUID();
		when(this.incidents.withoutFault(id)).thenReturn(1);
		assertThatThrownBy(() -> this.check.beforeClosing(ticket(id)))
			.isInstanceOfSatisfying(RuleViolationException.class, ex -> {
				assertThat(ex.status()).isEqualTo(409);
				assertThat(ex.rule()).isEqualTo("incident-fault-required");
			});
	}

	@Test
	void everyFaultRecordedOrNoIncidentAtAllLetsItClose() {
		UUID id = UUID.randomUUID();
		when(this.incidents.withoutFault(id)).thenReturn(0);
		assertThatNoException().isThrownBy(() -> this.check.beforeClosing(ticket(id)));
	}

}
