package io.yordam.notifications;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.yordam.access.OperatorId;
import io.yordam.access.OperatorRole;
import io.yordam.access.OperatorSummary;
import io.yordam.access.Operators;
import io.yordam.access.Participant;
import io.yordam.access.PlatformRole;
import io.yordam.conversations.AuthorKind;
import io.yordam.conversations.ConversationId;
import io.yordam.conversations.MessagePosted;
import io.yordam.incidents.Acting;
import io.yordam.incidents.IncidentProgressed;
import io.yordam.incidents.IncidentStatus;
import io.yordam.incidents.IncidentType;
import io.yordam.orders.OrderId;
import io.yordam.orders.OrderStatus;
import io.yordam.orders.OrderView;
import io.yordam.orders.Orders;
import io.yordam.orders.PaymentMethod;
import io.yordam.orders.PaymentStatus;
import io.yordam.common.Money;
import io.yordam.tickets.EscalationLevel;
import io.yordam.tickets.TicketCategory;
import io.yordam.tickets.TicketChanged;
import io.yordam.tickets.TicketDesk;
import io.yordam.tickets.TicketId;
import io.yordam.tickets.TicketLine;
import io.yordam.tickets.TicketPriority;
import io.yordam.tickets.TicketStatus;
import io.yordam.tickets.TicketSummary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.after;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * The notifications module on the other modules' events (published here as the stimulus;
 * the tickets, orders and operators it reads are stand-ins): who is told of what, and
 * that each event tells each of them once, whether it arrives twice or is redelivered
 * after a failure.
 */
@ApplicationModuleTest
@ActiveProfiles("test")
@Tag("db")
@TestPropertySource(properties = { "yordam.events.redelivery.interval=PT1S", "yordam.events.redelivery.min-age=PT0S" })
class NotificationModuleTests {

	static final Instant T0 = Instant.parse("2026-11-23T08:00:00Z");

	@MockitoBean
	TicketDesk desk;

	@MockitoBean
	Orders orders;

	@MockitoBean
	Operators operators;

	@MockitoBean
	SimpMessagingTemplate broker;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	NotificationSettingsStore settings;

	OperatorId agent;

	TicketSummary ticket;

	@BeforeEach
	void setUp() {
		this.agent = new OperatorId(UUID.randomUUID());
		this.ticket = ticket(this.agent.value(), TicketStatus.OPEN);
		when(this.desk.get(this.ticket.id())).thenReturn(this.ticket);
		when(this.desk.findOfConversation(this.ticket.conversationId())).thenReturn(Optional.of(this.ticket));
		when(this.desk.assignedBy(any(), any())).thenReturn(Optional.of("system"));
		when(this.orders.find(new OrderId("dm-7f3k2-104233")))
			.thenReturn(Optional.of(order("dm-7f3k2-104233", "E24-104233")));
	}

	@Test
	void aRoutedTicketTellsItsAgentOnceWithTheHumanIds(Scenario scenario) {
		TicketChanged routed = assigned(this.agent, T0);
		scenario.publish(routed).andWaitForStateChange(() -> rows(this.agent), n -> n == 1).andVerify(n -> {
			Notification told = latest(this.agent);
			assertThat(told.kind()).isEqualTo(NotificationKind.HANDOFF);
			assertThat(told.ticketNumber()).isEqualTo(1042L);
			assertThat(told.customerName()).isEqualTo("Aziza Karimova");
			assertThat(told.orderNumber()).as("the number the customer knows, not the platform's id")
				.isEqualTo("E24-104233");
			assertThat(told.url()).isEqualTo("/agent/tickets/" + this.ticket.id());
		});
		verify(this.broker, org.mockito.Mockito.timeout(5000)).convertAndSend(
				eq(NotificationTopics.PREFIX + this.agent),
				argThat((Object p) -> p.toString().contains("HANDOFF") && p.toString().contains("unread=1")));
	}

	@Test
	void theSameEventTwiceTellsOnceAndPushesOnce(Scenario scenario) {
		TicketChanged routed = assigned(this.agent, T0.plusSeconds(5));
		scenario.publish(routed).andWaitForStateChange(() -> rows(this.agent), n -> n == 1);
		scenario.publish(routed).andWaitForStateChange(this::outstandingPublications, n -> n == 0);
		assertThat(rows(this.agent)).isEqualTo(1);
		verify(this.broker, after(500).times(1)).convertAndSend(eq(NotificationTopics.PREFIX + this.agent),
				any(Object.class));
	}

	@Test
	void aListenerThatFailedIsRedeliveredAndStillTellsOnce(Scenario scenario) {
		when(this.desk.assignedBy(any(), any())).thenThrow(new IllegalStateException("the database blinked"))
			.thenReturn(Optional.of("system"));
		scenario.publish(assigned(this.agent, T0.plusSeconds(9)))
			.andWaitForStateChange(() -> rows(this.agent), n -> n == 1);
		await().atMost(Duration.ofSeconds(10)).until(() -> outstandingPublications() == 0);
		assertThat(rows(this.agent)).isEqualTo(1);
		verify(this.broker, times(1)).convertAndSend(eq(NotificationTopics.PREFIX + this.agent), any(Object.class));
	}

	@Test
	void anAgentWhoTookTheTicketThemselvesIsNotTold(Scenario scenario) {
		when(this.desk.assignedBy(any(), any())).thenReturn(Optional.of(this.agent.toString()));
		scenario.publish(assigned(this.agent, T0.plusSeconds(20)))
			.andWaitForStateChange(this::outstandingPublications, n -> n == 0);
		assertThat(rows(this.agent)).isZero();
		verify(this.broker, never()).convertAndSend(eq(NotificationTopics.PREFIX + this.agent), any(Object.class));
	}

	@Test
	void theCustomersReplyTellsTheTicketsAgentAndNobodyElse(Scenario scenario) {
		UUID message = UUID.randomUUID();
		scenario
			.publish(new MessagePosted(new ConversationId(this.ticket.conversationId()), message, 7,
					AuthorKind.PARTICIPANT, "c-1", "Курьер так и не приехал", T0, null))
			.andWaitForStateChange(() -> rows(this.agent), n -> n == 1)
			.andVerify(n -> {
				Notification told = latest(this.agent);
				assertThat(told.kind()).isEqualTo(NotificationKind.CUSTOMER_REPLY);
				assertThat(told.detail()).isEqualTo("Курьер так и не приехал");
			});
		// The agent's own reply, and the bot's, tell nobody.
		for (AuthorKind author : List.of(AuthorKind.AGENT, AuthorKind.BOT, AuthorKind.SYSTEM)) {
			scenario
				.publish(new MessagePosted(new ConversationId(this.ticket.conversationId()), UUID.randomUUID(), 8,
						author, "x", "Уже едет", T0, null))
				.andWaitForStateChange(this::outstandingPublications, n -> n == 0);
		}
		assertThat(rows(this.agent)).isEqualTo(1);
	}

	@Test
	void aKindSwitchedOffIsNeitherShownNorCounted(Scenario scenario) {
		this.settings.save(this.agent,
				new NotificationSettings(true, true, java.util.EnumSet.of(NotificationKind.HANDOFF)), T0);
		scenario
			.publish(new MessagePosted(new ConversationId(this.ticket.conversationId()), UUID.randomUUID(), 9,
					AuthorKind.PARTICIPANT, "c-1", "Алло?", T0, null))
			.andWaitForStateChange(this::outstandingPublications, n -> n == 0);
		assertThat(rows(this.agent)).isZero();
	}

	@Test
	void anApprovalTellsEverySupervisorAndAdminAndIsReadForAllOnceDecided(Scenario scenario) {
		OperatorSummary supervisor = new OperatorSummary(new OperatorId(UUID.randomUUID()), "Timur",
				OperatorRole.SUPERVISOR);
		OperatorSummary admin = new OperatorSummary(new OperatorId(UUID.randomUUID()), "Malika", OperatorRole.ADMIN);
		OperatorSummary agentToo = new OperatorSummary(this.agent, "Dilnoza", OperatorRole.AGENT);
		when(this.operators.directory()).thenReturn(List.of(agentToo, supervisor, admin));
		UUID incident = UUID.randomUUID();
		scenario.publish(progressed(incident, IncidentStatus.AWAITING_APPROVAL))
			.andWaitForStateChange(() -> rows(supervisor.id()) + rows(admin.id()), n -> n == 2)
			.andVerify(n -> {
				Notification told = latest(supervisor.id());
				assertThat(told.kind()).isEqualTo(NotificationKind.APPROVAL);
				assertThat(told.ticketNumber()).isEqualTo(1042L);
				assertThat(told.orderNumber()).isEqualTo("E24-104233");
				assertThat(told.detail()).isEqualTo("INCOMPLETE_ORDER");
				assertThat(told.url()).isEqualTo("/agent/approvals");
			});
		assertThat(rows(this.agent)).as("an agent may not approve").isZero();
		scenario.publish(progressed(incident, IncidentStatus.RESOLVED))
			.andWaitForStateChange(() -> unread(supervisor.id()) + unread(admin.id()), n -> n == 0);
	}

	TicketChanged assigned(OperatorId to, Instant at) {
		return new TicketChanged(this.ticket.id(), 1042, this.ticket.conversationId(), Participant.customer("c-1"),
				TicketLine.CUSTOMERS_PARTNERS, TicketStatus.OPEN, TicketPriority.NORMAL, TicketCategory.LATE_DELIVERY,
				"Где мой заказ?", to.toString(), TicketChanged.Change.ASSIGNED, T0, at, "ru",
				EscalationLevel.FIRST_LINE, 0);
	}

	IncidentProgressed progressed(UUID incident, IncidentStatus status) {
		return new IncidentProgressed(incident, this.ticket.conversationId(), "dm-7f3k2-104233",
				IncidentType.INCOMPLETE_ORDER, status, Acting.Role.AGENT);
	}

	static TicketSummary ticket(UUID assignee, TicketStatus status) {
		return new TicketSummary(new TicketId(UUID.randomUUID()), 1042, UUID.randomUUID(), "c-1", PlatformRole.CUSTOMER,
				"Aziza Karimova", TicketLine.CUSTOMERS_PARTNERS, status, TicketPriority.NORMAL,
				TicketCategory.LATE_DELIVERY, java.util.Set.of(), assignee, "Dilnoza", "dm-7f3k2-104233",
				"Где мой заказ?", T0, T0, null, null, "ru", EscalationLevel.FIRST_LINE, 0);
	}

	static OrderView order(String id, String number) {
		return new OrderView(new OrderId(id), number, "Tashkent", "c-1", "Aziza Karimova", "Rayhon", "Bekzod",
				"+998901112233", List.of(), Money.som(9000), Money.som(99000), PaymentMethod.CARD, PaymentStatus.PAID,
				OrderStatus.DELIVERED, T0, null, T0, T0, List.of());
	}

	int rows(OperatorId of) {
		return this.jdbc.queryForObject("select count(*) from operator_notifications where operator_id = ?",
				Integer.class, of.value());
	}

	int unread(OperatorId of) {
		return this.jdbc.queryForObject(
				"select count(*) from operator_notifications where operator_id = ? and read_at is null", Integer.class,
				of.value());
	}

	int outstandingPublications() {
		return this.jdbc.queryForObject("select count(*) from event_publication", Integer.class);
	}

	Notification latest(OperatorId of) {
		return new NotificationLog(this.jdbc).latest(of, 1).get(0);
	}

	static {
		org.awaitility.Awaitility.setDefaultTimeout(Duration.ofSeconds(10));
	}

}
