package io.yordam.tickets;

import java.time.Instant;
import java.util.UUID;

import io.yordam.access.Participant;
import io.yordam.access.Operators;
import io.yordam.access.PlatformRole;
import io.yordam.conversations.AuthorKind;
import io.yordam.conversations.ConversationId;
import io.yordam.conversations.ConversationStarted;
import io.yordam.conversations.Conversations;
import io.yordam.conversations.MessagePosted;
import io.yordam.conversations.ParticipantLanguageChanged;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;

/** The tickets module alone: conversation events in, ticket events out. */
@ApplicationModuleTest
@ActiveProfiles("test")
@Tag("db")
class TicketingModuleTests {

	@MockitoBean
	Conversations conversations;

	@MockitoBean
	SimpMessagingTemplate broker;

	@MockitoBean
	Operators operators;

	@MockitoBean
	io.yordam.orders.Orders orders;

	@Autowired
	TicketRepository tickets;

	@Autowired
	TicketDesk desk;

	/** Issue 12: what is due first is answered first; urgency breaks ties. */
	@Test
	void theQueueSortsBySoonestDueThenUrgencyAndUncoveredTicketsLast() {
		Instant now = Instant.parse("2026-11-30T12:00:00Z");
		Ticket inFiveMinutes = waiting("due in five minutes", TicketPriority.NORMAL, now.plusSeconds(300));
		Ticket urgentInTen = waiting("urgent, due in ten", TicketPriority.URGENT, now.plusSeconds(600));
		Ticket uncovered = waiting("no clock", TicketPriority.URGENT, null);
		Ticket inOneMinute = waiting("due in a minute", TicketPriority.LOW, now.plusSeconds(60));
		Ticket urgentInFive = waiting("urgent, due in five", TicketPriority.URGENT, now.plusSeconds(300));
		var mine = java.util.List.of(inFiveMinutes.id(), urgentInTen.id(), uncovered.id(), inOneMinute.id(),
				urgentInFive.id());
		var order = this.desk.queue(new TicketDesk.QueueFilter(java.util.Set.of(), null, false, false), null, 0, 100)
			.getContent()
			.stream()
			.map(TicketSummary::id)
			.filter(mine::contains)
			.toList();
		assertThat(order).containsExactly(inOneMinute.id(), urgentInFive.id(), inFiveMinutes.id(), urgentInTen.id(),
				uncovered.id());
	}

	private Ticket waiting(String subject, TicketPriority priority, Instant due) {
		Instant at = Instant.parse("2026-11-30T11:00:00Z");
		Ticket ticket = Ticket.open(this.tickets.nextNumber(), UUID.randomUUID(),
				new Ticket.Requester(Participant.customer("c-q"), "Ali"), null, subject, at);
		ticket.prioritize(priority, new Actor("op", "Dilnoza"), at);
		ticket.slaDue(due);
		return this.tickets.save(ticket);
	}

	@Test
	void aNewConversationOpensATicket(Scenario scenario) {
		ConversationId id = new ConversationId(UUID.randomUUID());
		scenario
			.publish(new ConversationStarted(id, "k-7", PlatformRole.COURIER, "Bekzod", "uz", "o-1",
					"Mijoz javob bermayapti", false))
			.andWaitForEventOfType(TicketChanged.class)
			.matching(e -> e.conversationId().equals(id.value()))
			.toArriveAndVerify(e -> {
				assertThat(e.change()).isEqualTo(TicketChanged.Change.OPENED);
				assertThat(e.line()).isEqualTo(TicketLine.COURIERS);
				assertThat(e.status()).isEqualTo(TicketStatus.NEW);
				assertThat(e.subject()).isEqualTo("Mijoz javob bermayapti");
			});
	}

	@Test
	void aCustomerMessageMakesAPendingTicketSupportsTurn(Scenario scenario) {
		ConversationId id = new ConversationId(UUID.randomUUID());
		Ticket ticket = Ticket.open(this.tickets.nextNumber(), id.value(),
				new Ticket.Requester(Participant.customer("c-9"), "Ali"), null, "Savol", Instant.now());
		ticket.agentReplied(new Actor("op", "Dilnoza"), UUID.randomUUID(), Instant.now());
		this.tickets.save(ticket);
		scenario
			.publish(new MessagePosted(id, UUID.randomUUID(), 3, AuthorKind.PARTICIPANT, "c-9", "Rahmat", Instant.now(),
					null))
			.andWaitForEventOfType(TicketChanged.class)
			.matching(e -> e.conversationId().equals(id.value()) && e.status() == TicketStatus.OPEN)
			.toArriveAndVerify(e -> assertThat(e.change()).isEqualTo(TicketChanged.Change.STATUS));
	}

	/**
	 * Issue 12: the ticket follows the requester's language when the bot notices a
	 * switch.
	 */
	@Test
	void aLanguageSwitchMovesTheOpenTicketsLanguage(Scenario scenario) {
		ConversationId id = new ConversationId(UUID.randomUUID());
		Ticket ticket = Ticket.open(this.tickets.nextNumber(), id.value(),
				new Ticket.Requester(Participant.customer("c-10"), "Ali"), null, "Savol", Instant.now());
		this.tickets.save(ticket);
		scenario.publish(new ParticipantLanguageChanged(id, "uz"))
			.andWaitForEventOfType(TicketChanged.class)
			.matching(e -> e.conversationId().equals(id.value()) && e.change() == TicketChanged.Change.LANGUAGE)
			.toArriveAndVerify(e -> assertThat(e.language()).isEqualTo("uz"));
	}

}
