package io.yordam.escalation;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import io.yordam.access.OperatorPrincipal;
import io.yordam.access.OperatorRole;
import io.yordam.access.Operators;
import io.yordam.access.PlatformRole;
import io.yordam.conversations.AuthorKind;
import io.yordam.conversations.ConversationId;
import io.yordam.conversations.ConversationStarted;
import io.yordam.conversations.Conversations;
import io.yordam.conversations.MessagePosted;
import io.yordam.sla.SlaBreached;
import io.yordam.sla.SlaTarget;
import io.yordam.tickets.EscalationLevel;
import io.yordam.tickets.TicketChanged;
import io.yordam.tickets.TicketDesk;
import io.yordam.tickets.TicketId;
import io.yordam.tickets.TicketPriority;
import io.yordam.tickets.TicketStatus;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;

/**
 * The escalation module with the tickets it escalates: an SLA breach (the sla module's
 * event, published here as the stimulus), a ticket reopened twice, and an agent's
 * escalation each move the ticket up, raise its priority and tell the staff live.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "access")
@ActiveProfiles("test")
@Tag("db")
class EscalationModuleTests {

	@MockitoBean
	Conversations conversations;

	@MockitoBean
	SimpMessagingTemplate broker;

	@MockitoBean
	io.yordam.orders.Orders orders;

	@Autowired
	TicketDesk desk;

	@Autowired
	Operators operators;

	@Autowired
	Escalations escalations;

	@Test
	void anSlaBreachEscalatesToTheConfiguredLevelRaisesThePriorityAndTellsTheSupervisors(Scenario scenario) {
		TicketId ticket = openTicket(scenario);
		scenario.publish(new SlaBreached(ticket, 1, SlaTarget.FIRST_RESPONSE, Instant.now(), Instant.now()))
			.andWaitForEventOfType(TicketEscalated.class)
			.matching(e -> e.ticketId().equals(ticket))
			.toArriveAndVerify(e -> {
				assertThat(e.trigger()).isEqualTo(EscalationTrigger.SLA_BREACH);
				assertThat(e.level()).isEqualTo(EscalationLevel.SECOND_LINE);
				assertThat(this.desk.get(ticket).escalationLevel()).isEqualTo(EscalationLevel.SECOND_LINE);
				assertThat(this.desk.get(ticket).priority()).isEqualTo(TicketPriority.HIGH);
			});
		verify(this.broker, timeout(5000)).convertAndSend(eq(EscalationNotices.SUPERVISORS),
				argThat((Object p) -> p.toString().contains("SECOND_LINE") && p.toString().contains("SLA_BREACH")));
		verify(this.broker, timeout(5000)).convertAndSend(eq(EscalationNotices.SECOND_LINE), any(Object.class));
	}

	@Test
	void aTicketReopenedTwiceIsEscalated(Scenario scenario) {
		OperatorPrincipal agent = operator(OperatorRole.AGENT);
		ConversationId conversation = new ConversationId(UUID.randomUUID());
		TicketId ticket = openTicket(scenario, conversation);
		for (int reopened = 1; reopened <= 2; reopened++) {
			this.desk.changeStatus(ticket, agent, TicketStatus.SOLVED);
			int seq = reopened;
			if (reopened == 1) {
				scenario.publish(customerWrites(conversation, seq))
					.andWaitForEventOfType(TicketChanged.class)
					.matching(e -> e.ticketId().equals(ticket) && e.reopenCount() == seq)
					.toArrive();
			}
			else {
				scenario.publish(customerWrites(conversation, seq))
					.andWaitForEventOfType(TicketEscalated.class)
					.matching(e -> e.ticketId().equals(ticket))
					.toArriveAndVerify(e -> {
						assertThat(e.trigger()).isEqualTo(EscalationTrigger.REOPENED);
						assertThat(e.reason()).isEqualTo("reopened 2 times");
						assertThat(this.desk.get(ticket).escalationLevel()).isEqualTo(EscalationLevel.SECOND_LINE);
					});
			}
		}
	}

	@Test
	void anAgentEscalatesToASupervisorWithAReason(Scenario scenario) {
		TicketId ticket = openTicket(scenario);
		OperatorPrincipal agent = operator(OperatorRole.AGENT);
		scenario
			.stimulate(() -> this.escalations.byAgent(ticket, agent, EscalationLevel.SUPERVISOR,
					"The restaurant refuses and the customer asks for a manager"))
			.andWaitForEventOfType(TicketEscalated.class)
			.matching(e -> e.ticketId().equals(ticket))
			.toArriveAndVerify(e -> {
				assertThat(e.trigger()).isEqualTo(EscalationTrigger.AGENT);
				assertThat(e.level()).isEqualTo(EscalationLevel.SUPERVISOR);
				assertThat(e.by()).isEqualTo(agent.displayName());
				assertThat(this.desk.auditTrail(ticket)).anySatisfy(entry -> {
					assertThat(entry.action()).isEqualTo("escalated");
					assertThat(entry.detail()).contains("asks for a manager");
				});
			});
		verify(this.broker, timeout(5000)).convertAndSend(eq(EscalationNotices.SUPERVISORS),
				argThat((Object p) -> p.toString().contains("asks for a manager")));
	}

	@Test
	void anAngryCustomersTagEscalates(Scenario scenario) {
		TicketId ticket = openTicket(scenario);
		OperatorPrincipal agent = operator(OperatorRole.AGENT);
		scenario.stimulate(() -> this.desk.tag(ticket, agent, "angry", true))
			.andWaitForEventOfType(TicketEscalated.class)
			.matching(e -> e.ticketId().equals(ticket))
			.toArriveAndVerify(e -> assertThat(e.trigger()).isEqualTo(EscalationTrigger.ANGRY_CUSTOMER));
	}

	TicketId openTicket(Scenario scenario) {
		return openTicket(scenario, new ConversationId(UUID.randomUUID()));
	}

	/**
	 * A courier's conversation: no bot in the way, the ticket goes straight to the queue.
	 */
	TicketId openTicket(Scenario scenario, ConversationId conversation) {
		java.util.concurrent.atomic.AtomicReference<TicketId> opened = new java.util.concurrent.atomic.AtomicReference<>();
		scenario
			.publish(new ConversationStarted(conversation, "k-" + UUID.randomUUID(), PlatformRole.COURIER, "Bekzod",
					"uz", null, "Mijoz javob bermayapti", false))
			.andWaitForEventOfType(TicketChanged.class)
			.matching(e -> e.conversationId().equals(conversation.value()))
			.toArriveAndVerify(e -> opened.set(e.ticketId()));
		return opened.get();
	}

	static MessagePosted customerWrites(ConversationId conversation, int seq) {
		return new MessagePosted(conversation, UUID.randomUUID(), 10 + seq, AuthorKind.PARTICIPANT, "k", "Yana!",
				Instant.now(), null);
	}

	OperatorPrincipal operator(OperatorRole role) {
		String name = role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
		this.operators.register(name, "Op " + name, "a-long-password", role, "ru");
		return this.operators.find(name).orElseThrow();
	}

	static {
		// The scenarios wait for asynchronous listeners: a generous ceiling, never a
		// sleep.
		org.awaitility.Awaitility.setDefaultTimeout(Duration.ofSeconds(10));
	}

}
