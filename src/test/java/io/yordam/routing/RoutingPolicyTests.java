package io.yordam.routing;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.yordam.access.OperatorId;
import io.yordam.tickets.EscalationLevel;
import io.yordam.tickets.TicketLine;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RoutingPolicyTests {

	static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");

	static final RoutingPolicy.TicketFacts UZ_CUSTOMER = new RoutingPolicy.TicketFacts(TicketLine.CUSTOMERS_PARTNERS,
			"uz", EscalationLevel.FIRST_LINE, null);

	@Test
	void theCustomersLanguageComesBeforeALighterLoad() {
		RoutingPolicy.Candidate russian = agent("Olga", Set.of("ru"), 0, T0);
		RoutingPolicy.Candidate uzbek = agent("Aziz", Set.of("uz", "ru"), 2, T0);
		assertThat(names(RoutingPolicy.decide(UZ_CUSTOMER, List.of(russian, uzbek)))).containsExactly("Aziz", "Olga");
	}

	@Test
	void amongSpeakersTheLeastLoadedThenTheLongestIdle() {
		RoutingPolicy.Candidate busy = agent("Busy", Set.of("uz"), 2, T0.minusSeconds(3600));
		RoutingPolicy.Candidate recent = agent("Recent", Set.of("uz"), 1, T0);
		RoutingPolicy.Candidate idle = agent("Idle", Set.of("uz"), 1, T0.minusSeconds(600));
		assertThat(names(RoutingPolicy.decide(UZ_CUSTOMER, List.of(busy, recent, idle)))).containsExactly("Idle",
				"Recent", "Busy");
	}

	@Test
	void theLoadIsReadAsAShareOfCapacity() {
		RoutingPolicy.Candidate small = new RoutingPolicy.Candidate(id(), "Small", AgentStatus.ONLINE,
				skills(Set.of("uz"), false), 1, 2, T0);
		RoutingPolicy.Candidate large = new RoutingPolicy.Candidate(id(), "Large", AgentStatus.ONLINE,
				skills(Set.of("uz"), false), 2, 6, T0);
		assertThat(names(RoutingPolicy.decide(UZ_CUSTOMER, List.of(small, large)))).containsExactly("Large", "Small");
	}

	@Test
	void theOrdersCityBreaksATieOfLanguage() {
		RoutingPolicy.TicketFacts inSamarkand = new RoutingPolicy.TicketFacts(TicketLine.CUSTOMERS_PARTNERS, "ru",
				EscalationLevel.FIRST_LINE, "Samarkand");
		RoutingPolicy.Candidate tashkent = new RoutingPolicy.Candidate(id(), "Tashkent", AgentStatus.ONLINE,
				new AgentSkills(Set.of("ru"), Set.of("Tashkent"), Set.of(TicketLine.CUSTOMERS_PARTNERS), false), 0, 3,
				T0.minusSeconds(60));
		RoutingPolicy.Candidate samarkand = new RoutingPolicy.Candidate(id(), "Samarkand", AgentStatus.ONLINE,
				new AgentSkills(Set.of("ru"), Set.of("Samarkand"), Set.of(TicketLine.CUSTOMERS_PARTNERS), false), 1, 3,
				T0);
		RoutingPolicy.Decision decision = RoutingPolicy.decide(inSamarkand, List.of(tashkent, samarkand));
		assertThat(names(decision)).containsExactly("Samarkand", "Tashkent");
		assertThat(((RoutingPolicy.Offer) decision).ranked().get(0).reason("ru", "Samarkand"))
			.isEqualTo("speaks ru, knows Samarkand");
	}

	@Test
	void nobodyEligibleWhenAllAreFullAwayOrOnAnotherLine() {
		RoutingPolicy.Candidate full = agent("Full", Set.of("uz"), 3, T0);
		RoutingPolicy.Candidate away = new RoutingPolicy.Candidate(id(), "Away", AgentStatus.AWAY,
				skills(Set.of("uz"), false), 0, 3, T0);
		RoutingPolicy.Candidate couriersOnly = new RoutingPolicy.Candidate(id(), "Couriers", AgentStatus.ONLINE,
				new AgentSkills(Set.of("uz"), Set.of(), Set.of(TicketLine.COURIERS), false), 0, 3, T0);
		assertThat(RoutingPolicy.decide(UZ_CUSTOMER, List.of(full, away, couriersOnly)))
			.isInstanceOf(RoutingPolicy.Wait.class);
		assertThat(RoutingPolicy.decide(UZ_CUSTOMER, List.of())).isInstanceOf(RoutingPolicy.Wait.class);
	}

	@Test
	void aSecondLineTicketGoesOnlyToTheSecondLine() {
		RoutingPolicy.TicketFacts escalated = new RoutingPolicy.TicketFacts(TicketLine.CUSTOMERS_PARTNERS, "uz",
				EscalationLevel.SECOND_LINE, null);
		RoutingPolicy.Candidate first = agent("First", Set.of("uz"), 0, T0);
		RoutingPolicy.Candidate second = new RoutingPolicy.Candidate(id(), "Second", AgentStatus.ONLINE,
				skills(Set.of("ru"), true), 2, 3, T0);
		assertThat(names(RoutingPolicy.decide(escalated, List.of(first, second)))).containsExactly("Second");
		assertThat(RoutingPolicy.decide(escalated, List.of(first))).isInstanceOf(RoutingPolicy.Wait.class);
	}

	@Test
	void aTicketEscalatedToASupervisorIsNeverRouted() {
		RoutingPolicy.TicketFacts supervisor = new RoutingPolicy.TicketFacts(TicketLine.CUSTOMERS_PARTNERS, "uz",
				EscalationLevel.SUPERVISOR, null);
		assertThat(RoutingPolicy.decide(supervisor, List
			.of(new RoutingPolicy.Candidate(id(), "Second", AgentStatus.ONLINE, skills(Set.of("uz"), true), 0, 3, T0))))
			.isInstanceOf(RoutingPolicy.Wait.class);
	}

	@Test
	void aCustomerNobodyFreeSpeaksToIsServedAnywayAndTheReasonSaysSo() {
		RoutingPolicy.Decision decision = RoutingPolicy.decide(UZ_CUSTOMER,
				List.of(agent("Olga", Set.of("ru"), 0, T0)));
		assertThat(((RoutingPolicy.Offer) decision).ranked().get(0).reason("uz", null))
			.isEqualTo("nobody free speaks uz");
	}

	static RoutingPolicy.Candidate agent(String name, Set<String> languages, int load, Instant idleSince) {
		return new RoutingPolicy.Candidate(id(), name, AgentStatus.ONLINE, skills(languages, false), load, 3,
				idleSince);
	}

	static AgentSkills skills(Set<String> languages, boolean secondLine) {
		return new AgentSkills(languages, Set.of(), Set.of(TicketLine.CUSTOMERS_PARTNERS, TicketLine.COURIERS),
				secondLine);
	}

	static OperatorId id() {
		return new OperatorId(UUID.randomUUID());
	}

	static List<String> names(RoutingPolicy.Decision decision) {
		assertThat(decision).isInstanceOf(RoutingPolicy.Offer.class);
		return ((RoutingPolicy.Offer) decision).ranked().stream().map(c -> c.candidate().name()).toList();
	}

}
