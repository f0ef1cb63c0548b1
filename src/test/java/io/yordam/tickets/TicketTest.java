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

class TicketTest {

	static final Instant T0 = Instant.parse("2026-11-23T09:00:00Z");

	static final Actor AGENT = new Actor(UUID.randomUUID().toString(), "Dilnoza");

	static Ticket newTicket(boolean courier) {
		return Ticket.open(1001, UUID.randomUUID(),
				new Ticket.Requester(new Participant(courier ? PlatformRole.COURIER : PlatformRole.CUSTOMER, "c-1"),
						"Jasur"),
				"o-1", "Where is my order?", T0);
	}

	@Test
	void opensNewOnTheRightLineWithAnAuditEntryAndAnEvent() {
		Ticket ticket = newTicket(false);
		assertThat(ticket.status()).isEqualTo(TicketStatus.NEW);
		assertThat(ticket.summary().line()).isEqualTo(TicketLine.CUSTOMERS_PARTNERS);
		assertThat(ticket.auditTrail()).extracting(TicketAuditEntry::action).containsExactly("created");
		assertThat(ticket.pendingEvents()).hasSize(1)
			.first()
			.isInstanceOfSatisfying(TicketChanged.class,
					e -> assertThat(e.change()).isEqualTo(TicketChanged.Change.OPENED));
		assertThat(newTicket(true).summary().line()).isEqualTo(TicketLine.COURIERS);
	}

	static Ticket withTheBot() {
		return Ticket.open(1002, UUID.randomUUID(), new Ticket.Requester(Participant.customer("c-1"), "Jasur"), null,
				"kola kelmadi", true, T0);
	}

	@Test
	void aTicketWithTheBotWaitsOutsideTheQueueUntilTheBotHandsOff() {
		Ticket ticket = withTheBot();
		assertThat(ticket.status()).isEqualTo(TicketStatus.BOT);
		assertThat(ticket.summary().status().bucket()).isNotEqualTo(TicketStatus.NEW.bucket());
		ticket.customerWrote(T0.plusSeconds(5));
		assertThat(ticket.status()).isEqualTo(TicketStatus.BOT);
		ticket.handOff(Actor.BOT, "asked", T0.plusSeconds(10));
		assertThat(ticket.status()).isEqualTo(TicketStatus.NEW);
		assertThat(ticket.auditTrail()).extracting(TicketAuditEntry::action).contains("handed-off");
		// Handed off once: the bot's verbs do nothing any more.
		ticket.solveByBot(Actor.BOT, T0.plusSeconds(20));
		assertThat(ticket.status()).isEqualTo(TicketStatus.NEW);
	}

	@Test
	void whatTheBotSolvedStaysSolvedUntilTheBotTakesANewRequest() {
		Ticket ticket = withTheBot();
		ticket.solveByBot(Actor.BOT, T0.plusSeconds(10));
		assertThat(ticket.status()).isEqualTo(TicketStatus.SOLVED);
		ticket.customerWrote(T0.plusSeconds(20));
		assertThat(ticket.status()).isEqualTo(TicketStatus.SOLVED);
		ticket.returnToBot(Actor.BOT, T0.plusSeconds(21));
		assertThat(ticket.status()).isEqualTo(TicketStatus.BOT);
	}

	@Test
	void aPersonReopeningWhatTheBotSolvedTakesItFromTheBot() {
		Ticket ticket = withTheBot();
		ticket.solveByBot(Actor.BOT, T0.plusSeconds(10));
		ticket.changeStatus(TicketStatus.OPEN, AGENT, T0.plusSeconds(20));
		ticket.handOff(Actor.BOT, "asked", T0.plusSeconds(30));
		assertThat(ticket.status()).isEqualTo(TicketStatus.OPEN);
		ticket.changeStatus(TicketStatus.PENDING_CUSTOMER, AGENT, T0.plusSeconds(40));
		ticket.customerWrote(T0.plusSeconds(50));
		assertThat(ticket.status()).isEqualTo(TicketStatus.OPEN);
	}

	@Test
	void aPersonWhoAnswersOrClaimsTakesTheTicketFromTheBotForGood() {
		Ticket answered = withTheBot();
		answered.agentReplied(AGENT, UUID.randomUUID(), T0.plusSeconds(30));
		assertThat(answered.status()).isEqualTo(TicketStatus.PENDING_CUSTOMER);
		answered.customerWrote(T0.plusSeconds(40));
		assertThat(answered.status()).isEqualTo(TicketStatus.OPEN);

		Ticket claimed = withTheBot();
		claimed.claim(AGENT, UUID.randomUUID(), T0.plusSeconds(30));
		assertThat(claimed.status()).isEqualTo(TicketStatus.OPEN);
		claimed.handOff(Actor.BOT, "asked", T0.plusSeconds(31));
		assertThat(claimed.status()).isEqualTo(TicketStatus.OPEN);
		assertThatThrownBy(() -> claimed.changeStatus(TicketStatus.BOT, AGENT, T0.plusSeconds(40)))
			.isInstanceOf(RuleViolationException.class);
	}

	@Test
	void claimingOpensItAndAssigns() {
		Ticket ticket = newTicket(false);
		UUID operator = UUID.randomUUID();
		ticket.claim(AGENT, operator, T0.plusSeconds(30));
		assertThat(ticket.status()).isEqualTo(TicketStatus.OPEN);
		assertThat(ticket.summary().assigneeId()).isEqualTo(operator);
	}

	@Test
	void theFirstReplyIsTheFirstResponseAndWaitsForTheCustomer() {
		Ticket ticket = newTicket(false);
		UUID operator = UUID.randomUUID();
		ticket.agentReplied(AGENT, operator, T0.plusSeconds(45));
		ticket.agentReplied(AGENT, operator, T0.plusSeconds(90));
		assertThat(ticket.summary().firstResponseAt()).isEqualTo(T0.plusSeconds(45));
		assertThat(ticket.status()).isEqualTo(TicketStatus.PENDING_CUSTOMER);
		assertThat(ticket.summary().assigneeName()).isEqualTo("Dilnoza");
		ticket.customerWrote(T0.plusSeconds(120));
		assertThat(ticket.status()).isEqualTo(TicketStatus.OPEN);
	}

	@Test
	void aSolvedTicketReopensWhenTheCustomerWrites() {
		Ticket ticket = newTicket(false);
		ticket.changeStatus(TicketStatus.SOLVED, AGENT, T0.plusSeconds(60));
		assertThat(ticket.summary().solvedAt()).isEqualTo(T0.plusSeconds(60));
		ticket.customerWrote(T0.plusSeconds(120));
		assertThat(ticket.status()).isEqualTo(TicketStatus.OPEN);
		assertThat(ticket.summary().solvedAt()).isNull();
	}

	@Test
	void illegalTransitionsAreRefusedAndChangeNothing() {
		Ticket ticket = newTicket(false);
		assertThatThrownBy(() -> ticket.changeStatus(TicketStatus.CLOSED, AGENT, T0))
			.isInstanceOfSatisfying(RuleViolationException.class, ex -> {
				assertThat(ex.rule()).isEqualTo("ticket-transition");
				assertThat(ex.status()).isEqualTo(409);
			});
		assertThat(ticket.status()).isEqualTo(TicketStatus.NEW);
		assertThat(ticket.auditTrail()).hasSize(1);
		ticket.changeStatus(TicketStatus.OPEN, AGENT, T0);
		assertThatThrownBy(() -> ticket.changeStatus(TicketStatus.NEW, AGENT, T0))
			.isInstanceOf(RuleViolationException.class);
		assertThat(ticket.status()).isEqualTo(TicketStatus.OPEN);
	}

	@Test
	void aClosedTicketIsFinal() {
		Ticket ticket = newTicket(false);
		ticket.changeStatus(TicketStatus.SOLVED, AGENT, T0);
		ticket.changeStatus(TicketStatus.CLOSED, AGENT, T0);
		assertThatThrownBy(() -> ticket.changeStatus(TicketStatus.OPEN, AGENT, T0))
			.isInstanceOf(RuleViolationException.class);
		assertThatThrownBy(() -> ticket.prioritize(TicketPriority.URGENT, AGENT, T0)).isInstanceOfSatisfying(
				RuleViolationException.class, ex -> assertThat(ex.rule()).isEqualTo("ticket-closed"));
		assertThatThrownBy(() -> ticket.agentReplied(AGENT, UUID.randomUUID(), T0))
			.isInstanceOf(RuleViolationException.class);
	}

	@Test
	void everyChangeIsAudited() {
		Ticket ticket = newTicket(false);
		ticket.prioritize(TicketPriority.HIGH, AGENT, T0);
		ticket.categorize(TicketCategory.LATE_DELIVERY, AGENT, T0);
		ticket.tag("VIP", AGENT, T0);
		ticket.tag("vip", AGENT, T0);
		ticket.untag("vip", AGENT, T0);
		ticket.changeStatus(TicketStatus.ON_HOLD, AGENT, T0);
		assertThat(ticket.auditTrail()).extracting(TicketAuditEntry::action)
			.containsExactly("created", "priority", "category", "tagged", "untagged", "status");
		assertThat(ticket.auditTrail().get(1).detail()).isEqualTo("NORMAL → HIGH");
		assertThat(ticket.auditTrail().get(1).actorName()).isEqualTo("Dilnoza");
	}

	@Test
	void tagsAreSingleWords() {
		assertThatThrownBy(() -> newTicket(false).tag("two words", AGENT, T0))
			.isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> newTicket(false).tag("", AGENT, T0)).isInstanceOf(InvalidInputException.class);
		Ticket ticket = newTicket(false);
		ticket.tag("кечикиш", AGENT, T0);
		assertThat(ticket.summary().tags()).containsExactly("кечикиш");
	}

	@Test
	void transitionsTable() {
		assertThat(TicketTransitions.allows(TicketStatus.SOLVED, TicketStatus.CLOSED)).isTrue();
		assertThat(TicketTransitions.allows(TicketStatus.OPEN, TicketStatus.CLOSED)).isFalse();
		assertThat(TicketTransitions.from(TicketStatus.CLOSED)).isEmpty();
		for (TicketStatus status : TicketStatus.values()) {
			assertThat(TicketTransitions.allows(status, TicketStatus.NEW)).isFalse();
		}
	}

}
