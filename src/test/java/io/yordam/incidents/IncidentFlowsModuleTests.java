package io.yordam.incidents;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.yordam.access.Participant;
import io.yordam.access.PlatformRole;
import io.yordam.access.PlatformUser;
import io.yordam.common.Money;
import io.yordam.conversations.AuthorKind;
import io.yordam.conversations.ConversationId;
import io.yordam.conversations.ConversationView;
import io.yordam.conversations.Conversations;
import io.yordam.conversations.MessagePosted;
import io.yordam.conversations.QuickReply;
import io.yordam.ledger.Ledger;
import io.yordam.ledger.Posting;
import io.yordam.ledger.PostingKind;
import io.yordam.orders.OrderAction;
import io.yordam.orders.OrderId;
import io.yordam.orders.OrderStatus;
import io.yordam.orders.OrderSynced;
import io.yordam.orders.OrderView;
import io.yordam.orders.Orders;
import io.yordam.orders.PaymentMethod;
import io.yordam.orders.PaymentStatus;
import io.yordam.orders.PlatformActionSettled;
import io.yordam.orders.PlatformActionView;
import io.yordam.orders.PlatformEventType;
import io.yordam.orders.PlatformRequests;
import io.yordam.tickets.TicketCategory;
import io.yordam.tickets.TicketChanged;
import io.yordam.tickets.TicketDesk;
import io.yordam.tickets.TicketId;
import io.yordam.tickets.TicketLine;
import io.yordam.tickets.TicketPriority;
import io.yordam.tickets.TicketStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * The incidents module alone: what the other modules tell it (a quick reply, a declined
 * card, the platform's answer, a ticket's life) and what it answers
 * ({@link IncidentProgressed}, the ledger's postings, the platform's requests, the
 * departments' tasks). Each flow is stimulated by an event and awaited, never by calling
 * a listener.
 */
@ApplicationModuleTest
@ActiveProfiles("test")
@Tag("db")
class IncidentFlowsModuleTests {

	@MockitoBean
	Conversations conversations;

	@MockitoBean
	Orders orders;

	@MockitoBean
	TicketDesk tickets;

	@MockitoBean
	Ledger ledger;

	@MockitoBean
	PlatformRequests platform;

	@Autowired
	IncidentRepository incidents;

	@Autowired
	DepartmentTasks tasks;

	static final Acting SUPERVISOR = new Acting("sup-1", "Aziz", Acting.Role.SUPERVISOR);

	@BeforeEach
	void nothingPaidYet() {
		when(this.ledger.paidBy(anyString(), any())).thenReturn(Money.ZERO);
		when(this.ledger.paidTo(anyString(), any())).thenReturn(Money.ZERO);
	}

	static String newCustomer() {
		return "c-" + UUID.randomUUID();
	}

	static String newOrder() {
		return "o-" + UUID.randomUUID();
	}

	@Test
	void theCustomersQuickReplyPaysTheOptionAndTheBotHearsOfIt(Scenario scenario) {
		OrderView order = OrderViewBuilder.anOrder().id(newOrder()).customer(newCustomer()).build();
		Incident incident = this.incidents.save(IncidentBuilder.anIncident().on(order).requestedBy(Acting.BOT).build());
		scenario.publish(tap(incident, "COMPENSATION"))
			.andWaitForEventOfType(IncidentProgressed.class)
			.matching(e -> e.incidentId().equals(incident.id()))
			.toArriveAndVerify(e -> {
				assertThat(e.requestedByTheBot()).isTrue();
				assertThat(e.status()).isEqualTo(IncidentStatus.IN_PROGRESS);
				ArgumentCaptor<Posting> posted = ArgumentCaptor.forClass(Posting.class);
				verify(this.ledger).post(posted.capture());
				assertThat(posted.getValue().kind()).isEqualTo(PostingKind.BONUS_CREDIT);
				assertThat(posted.getValue().amount()).isEqualTo(Money.som(20_000));
				assertThat(posted.getValue().idempotencyKey())
					.isEqualTo("inc:" + incident.id() + ":COMPENSATION:BONUS_CREDIT");
				verify(this.platform).request(any(OrderAction.CreditBonus.class),
						eq("inc:" + incident.id() + ":COMPENSATION:p0"), eq("incident:" + incident.id()));
				verify(this.conversations).postAsSystem(eq(new ConversationId(incident.conversationId())), anyString(),
						eq(List.of()), eq("incident-carried-out-" + incident.id()));
			});
	}

	@Test
	void aChoiceAboveTheLimitWaitsForASupervisorAndPaysNothingYet(Scenario scenario) {
		OrderView order = OrderViewBuilder.anOrder().id(newOrder()).customer(newCustomer()).build();
		Incident incident = this.incidents.save(IncidentBuilder.anIncident().on(order).build());
		when(this.ledger.paidBy(eq(IncidentBuilder.AGENT.id()), any())).thenReturn(Money.som(590_000));
		scenario.publish(tap(incident, "COMPENSATION"))
			.andWaitForEventOfType(IncidentProgressed.class)
			.matching(e -> e.incidentId().equals(incident.id()))
			.toArriveAndVerify(e -> {
				assertThat(e.status()).isEqualTo(IncidentStatus.AWAITING_APPROVAL);
				assertThat(e.needsPerson()).isTrue();
				assertThat(e.requestedByTheBot()).isFalse();
				verify(this.ledger, never()).post(any());
				verify(this.platform, never()).request(any(), anyString(), anyString());
			});
	}

	@Test
	void aDeclinedCardMakesSupportReachOutAndTheTicketThatFollowsAdoptsTheIncident(Scenario scenario) {
		String customer = newCustomer();
		OrderView order = OrderViewBuilder.anOrder()
			.id(newOrder())
			.customer(customer)
			.active(OrderStatus.COOKING)
			.paid(PaymentMethod.CARD, PaymentStatus.FAILED)
			.build();
		UUID conversationId = UUID.randomUUID();
		when(this.orders.find(order.id())).thenReturn(Optional.of(order));
		when(this.conversations.startBySupport(any(PlatformUser.class), eq(order.id().value()), anyString()))
			.thenReturn(new ConversationView(new ConversationId(conversationId), customer, PlatformRole.CUSTOMER,
					"Dilnoza", "uz", order.id().value(), Instant.now(), Instant.now(), 0, 0, 0,
					io.yordam.conversations.Channel.CHAT));
		scenario.publish(paymentFailed(order, customer))
			.andWaitForStateChange(() -> this.incidents.findByConversationIdAndTicketIdIsNull(conversationId),
					found -> !found.isEmpty())
			.andVerify(found -> {
				Incident incident = found.get(0);
				assertThat(incident.type()).isEqualTo(IncidentType.UNPAID_ORDER);
				assertThat(incident.requester()).isEqualTo(Acting.SYSTEM);
				assertThat(incident.offering().offers()).extracting(Offer::option)
					.containsExactly("RETRY_PAYMENT", "PAY_CASH");
				@SuppressWarnings("unchecked")
				ArgumentCaptor<List<QuickReply>> replies = ArgumentCaptor.forClass(List.class);
				verify(this.conversations).postAsSystem(eq(new ConversationId(conversationId)), anyString(),
						replies.capture(), eq("incident-offer-" + incident.id()));
				assertThat(replies.getValue()).extracting(QuickReply::id)
					.containsExactly("inc:" + incident.id() + ":RETRY_PAYMENT", "inc:" + incident.id() + ":PAY_CASH");
			});
		TicketId ticket = new TicketId(UUID.randomUUID());
		scenario.publish(ticketChanged(ticket, conversationId, customer, TicketStatus.NEW, TicketChanged.Change.OPENED))
			.andWaitForStateChange(() -> this.incidents.findByTicketIdOrderByCreatedAt(ticket.value()),
					adopted -> !adopted.isEmpty())
			.andVerify(adopted -> assertThat(adopted).singleElement()
				.satisfies(i -> assertThat(i.type()).isEqualTo(IncidentType.UNPAID_ORDER)));
	}

	@Test
	void thePlatformsAnswersFinishTheIncidentOrStopItForAPerson(Scenario scenario) {
		Incident done = inProgress(IncidentBuilder.anIncident()
			.on(OrderViewBuilder.anOrder().id(newOrder()).customer(newCustomer()).build())
			.requestedBy(Acting.BOT));
		scenario.publish(settled(done, PlatformActionView.Status.DONE))
			.andWaitForEventOfType(IncidentProgressed.class)
			.matching(e -> e.incidentId().equals(done.id()))
			.toArriveAndVerify(e -> {
				assertThat(e.resolved()).isTrue();
				verify(this.conversations).postAsSystem(eq(new ConversationId(done.conversationId())), anyString(),
						eq(List.of()), eq("incident-done-" + done.id()));
			});
		Incident refused = inProgress(IncidentBuilder.anIncident()
			.on(OrderViewBuilder.anOrder().id(newOrder()).customer(newCustomer()).build()));
		scenario.publish(settled(refused, PlatformActionView.Status.REFUSED))
			.andWaitForEventOfType(IncidentProgressed.class)
			.matching(e -> e.incidentId().equals(refused.id()))
			.toArriveAndVerify(e -> {
				assertThat(e.status()).isEqualTo(IncidentStatus.PLATFORM_REFUSED);
				assertThat(e.needsPerson()).isTrue();
			});
	}

	@Test
	void aSolvedTicketSendsEachFaultToTheDepartmentThatOwnsIt(Scenario scenario) {
		UUID ticket = UUID.randomUUID();
		String customer = newCustomer();
		Incident incident = IncidentBuilder.anIncident()
			.on(OrderViewBuilder.anOrder().id(newOrder()).customer(customer).build())
			.onTicket(ticket)
			.build();
		incident.choose("FREE_DELIVERY", "customer", Instant.now());
		incident.carriedOut(9_000, 0, Instant.now());
		incident.attributeFault(Fault.RESTAURANT, "The kitchen was late", "Dilnoza", Instant.now());
		this.incidents.save(incident);
		scenario
			.publish(ticketChanged(new TicketId(ticket), incident.conversationId(), customer, TicketStatus.SOLVED,
					TicketChanged.Change.STATUS))
			.andWaitForStateChange(() -> this.tasks.ofDepartment(Department.RESTAURANT_QUALITY, SUPERVISOR)
				.stream()
				.filter(t -> t.incidentId().equals(incident.id()))
				.toList(), found -> !found.isEmpty())
			.andVerify(found -> assertThat(found).singleElement().satisfies(task -> {
				assertThat(task.status()).isEqualTo(DepartmentTaskView.Status.OPEN);
				assertThat(task.fault()).isEqualTo(Fault.RESTAURANT);
				assertThat(task.summary()).contains("LATE_DELIVERY", "FREE_DELIVERY", "The kitchen was late");
			}));
	}

	private Incident inProgress(IncidentBuilder builder) {
		Incident incident = builder.build();
		incident.choose("COMPENSATION", "customer", Instant.now());
		incident.carriedOut(20_000, 1, Instant.now());
		return this.incidents.save(incident);
	}

	static MessagePosted tap(Incident incident, String option) {
		return new MessagePosted(new ConversationId(incident.conversationId()), UUID.randomUUID(), 7,
				AuthorKind.PARTICIPANT, incident.customerId(), option, Instant.now(),
				"inc:" + incident.id() + ":" + option);
	}

	static OrderSynced paymentFailed(OrderView order, String customer) {
		return new OrderSynced(order.id(), order.number(), PlatformEventType.PAYMENT_FAILED, order.status(),
				PaymentStatus.FAILED, "Tashkent", customer, "Dilnoza", "+998900000000", "uz", Instant.now(),
				Instant.now());
	}

	static PlatformActionSettled settled(Incident incident, PlatformActionView.Status status) {
		return new PlatformActionSettled("inc:" + incident.id() + ":COMPENSATION:p0", new OrderId(incident.orderId()),
				"order.credit_bonus", "incident:" + incident.id(), status,
				(status == PlatformActionView.Status.DONE) ? null : "422 unknown customer");
	}

	static TicketChanged ticketChanged(TicketId ticket, UUID conversationId, String customer, TicketStatus status,
			TicketChanged.Change change) {
		return new TicketChanged(ticket, 1042, conversationId, Participant.customer(customer),
				TicketLine.CUSTOMERS_PARTNERS, status, TicketPriority.NORMAL, TicketCategory.UNPAID_ORDER, "To'lov",
				null, change, Instant.now(), Instant.now());
	}

}
