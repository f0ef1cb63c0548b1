package io.yordam.customers;

import java.time.Instant;
import java.util.UUID;

import io.yordam.access.Participant;
import io.yordam.notices.Notices;
import io.yordam.orders.OrderId;
import io.yordam.orders.OrderStatus;
import io.yordam.orders.OrderSynced;
import io.yordam.orders.Orders;
import io.yordam.orders.PaymentStatus;
import io.yordam.orders.PlatformEventType;
import io.yordam.tickets.TicketCategory;
import io.yordam.tickets.TicketChanged;
import io.yordam.tickets.TicketId;
import io.yordam.tickets.TicketLine;
import io.yordam.tickets.TicketPriority;
import io.yordam.tickets.TicketStatus;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;

/** The customer-360 read model, fed by the other modules' events. */
@ApplicationModuleTest
@ActiveProfiles("test")
@Tag("db")
class CustomerHistoryModuleTests {

	@MockitoBean
	Orders orders;

	// The timeline reads what the customer was told; that module is not booted here.
	@MockitoBean
	Notices notices;

	@Autowired
	Customers customers;

	static final Instant T0 = Instant.parse("2026-11-23T08:00:00Z");

	@Test
	void anOrderEventIntroducesTheCustomer(Scenario scenario) {
		String customer = "c-" + UUID.randomUUID();
		scenario
			.publish(new OrderSynced(new OrderId("o-" + UUID.randomUUID()), "E24-1", PlatformEventType.ORDER_CREATED,
					OrderStatus.CREATED, PaymentStatus.PAID, "Samarkand", customer, "Алексей Смирнов", "+998901112233",
					"ru", T0, T0))
			.andWaitForStateChange(() -> this.customers.profile(Participant.customer(customer)))
			.andVerify(profile -> {
				assertThat(profile).hasValueSatisfying(p -> {
					assertThat(p.name()).isEqualTo("Алексей Смирнов");
					assertThat(p.city()).isEqualTo("Samarkand");
					assertThat(p.locale()).isEqualTo("ru");
					assertThat(p.ordersCount()).isEqualTo(1);
				});
			});
	}

	@Test
	void ticketsJoinTheHistoryAndOlderUpdatesNeverWin(Scenario scenario) {
		Participant customer = Participant.customer("c-" + UUID.randomUUID());
		TicketId ticket = new TicketId(UUID.randomUUID());
		TicketChanged solved = new TicketChanged(ticket, 1042, UUID.randomUUID(), customer,
				TicketLine.CUSTOMERS_PARTNERS, TicketStatus.SOLVED, TicketPriority.NORMAL, TicketCategory.LATE_DELIVERY,
				"Kechikish", null, TicketChanged.Change.STATUS, T0, T0.plusSeconds(600));
		TicketChanged stale = new TicketChanged(ticket, 1042, UUID.randomUUID(), customer,
				TicketLine.CUSTOMERS_PARTNERS, TicketStatus.NEW, TicketPriority.NORMAL, TicketCategory.GENERAL_QUESTION,
				"Kechikish", null, TicketChanged.Change.OPENED, T0, T0);
		scenario.publish(solved)
			.andWaitForStateChange(() -> this.customers.view(customer).tickets(), list -> !list.isEmpty())
			.andVerify(list -> assertThat(list).hasSize(1));
		scenario.publish(stale)
			.andWaitForStateChange(() -> this.customers.view(customer).tickets().get(0))
			.andVerify(line -> {
				assertThat(line.status()).isEqualTo("SOLVED");
				assertThat(line.category()).isEqualTo("LATE_DELIVERY");
			});
	}

}
