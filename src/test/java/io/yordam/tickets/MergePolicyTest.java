package io.yordam.tickets;

import java.time.Instant;
import java.util.UUID;

import io.yordam.access.Participant;
import io.yordam.access.PlatformRole;
import io.yordam.common.InvalidInputException;
import io.yordam.common.RuleViolationException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The merge's rules alone, and what a merge does to both tickets. */
class MergePolicyTest {

	static final Instant T0 = Instant.parse("2026-12-01T09:00:00Z");

	static final Actor AGENT = new Actor(UUID.randomUUID().toString(), "Dilnoza");

	static Ticket ticket(long number, PlatformRole role, String id) {
		return Ticket.open(number, UUID.randomUUID(), new Ticket.Requester(new Participant(role, id), "Jasur"), null,
				"Kola kelmadi", T0);
	}

	@Test
	void oneRequestersOpenTicketGoesIntoAnother() {
		Ticket source = ticket(1041, PlatformRole.CUSTOMER, "c-1");
		Ticket target = ticket(1042, PlatformRole.CUSTOMER, "c-1");
		assertThat(MergePolicy.check(source, target)).isInstanceOf(MergePolicy.Allowed.class);

		source.mergeInto(target, AGENT, T0.plusSeconds(60));

		assertThat(source.status()).isEqualTo(TicketStatus.CLOSED);
		assertThat(source.mergedInto()).contains(target.id());
		assertThat(source.auditTrail()).extracting(TicketAuditEntry::action, TicketAuditEntry::detail)
			.contains(org.assertj.core.groups.Tuple.tuple("merged-into", "#1042"));
		assertThat(target.auditTrail()).extracting(TicketAuditEntry::action, TicketAuditEntry::detail)
			.contains(org.assertj.core.groups.Tuple.tuple("merged-from", "#1041"));
		assertThat(source.pendingEvents()).filteredOn(TicketsMerged.class::isInstance)
			.singleElement()
			.isEqualTo(new TicketsMerged(source.id(), 1041, target.id(), 1042, Participant.customer("c-1"), AGENT.id(),
					T0.plusSeconds(60)));
		assertThat(target.pendingEvents()).filteredOn(TicketChanged.class::isInstance)
			.extracting(e -> ((TicketChanged) e).change())
			.contains(TicketChanged.Change.MERGED);
	}

	@Test
	void notIntoItself() {
		Ticket ticket = ticket(1041, PlatformRole.CUSTOMER, "c-1");
		assertThat(MergePolicy.check(ticket, ticket))
			.isEqualTo(new MergePolicy.Refused("into", "other-ticket", "A ticket cannot be merged into itself"));
	}

	@Test
	void onlyTheSameRequesterByRoleAndId() {
		Ticket customers = ticket(1041, PlatformRole.CUSTOMER, "c-1");
		assertThat(MergePolicy.check(customers, ticket(1042, PlatformRole.COURIER, "c-1")))
			.isInstanceOfSatisfying(MergePolicy.Refused.class, r -> assertThat(r.rule()).isEqualTo("same-requester"));
		assertThat(MergePolicy.check(customers, ticket(1043, PlatformRole.CUSTOMER, "c-2")))
			.isInstanceOfSatisfying(MergePolicy.Refused.class, r -> assertThat(r.rule()).isEqualTo("same-requester"));
	}

	@Test
	void notIntoAClosedOrMergedTicketSoNeverInACycle() {
		Ticket a = ticket(1041, PlatformRole.CUSTOMER, "c-1");
		Ticket b = ticket(1042, PlatformRole.CUSTOMER, "c-1");
		a.mergeInto(b, AGENT, T0);
		assertThatThrownBy(() -> b.mergeInto(a, AGENT, T0)).isInstanceOfSatisfying(InvalidInputException.class,
				ex -> assertThat(ex.violations().get(0).rule()).isEqualTo("open-ticket"));
		assertThatThrownBy(() -> a.mergeInto(b, AGENT, T0)).isInstanceOfSatisfying(RuleViolationException.class,
				ex -> assertThat(ex.rule()).isEqualTo("ticket-closed"));
		assertThat(b.status()).isEqualTo(TicketStatus.NEW);
	}

}
