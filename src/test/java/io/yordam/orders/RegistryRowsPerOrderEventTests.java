package io.yordam.orders;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.yordam.support.YordamTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which durable listeners a platform event is recorded for (issue 14): a new order moves
 * the customer-360, a known order's next step nothing; only a declined payment on a live
 * order is the incidents' business. Read inside the publishing transaction, where the
 * registry writes its rows, and rolled back, so no listener runs.
 */
@YordamTest
class RegistryRowsPerOrderEventTests {

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcTemplate jdbc;

	List<String> recordedFor(OrderSynced event) {
		return this.transactions.execute(status -> {
			this.events.publishEvent(event);
			List<String> listeners = this.jdbc.queryForList(
					"select listener_id from event_publication where serialized_event like ? order by listener_id",
					String.class, "%" + event.orderId().value() + "%");
			status.setRollbackOnly();
			return listeners.stream().map(id -> id.substring(0, id.indexOf('('))).toList();
		});
	}

	static OrderSynced synced(PlatformEventType type, OrderStatus status, PaymentStatus payment, boolean firstSeen) {
		return new OrderSynced(new OrderId("o-" + UUID.randomUUID()), "E24-7", type, status, payment, "Toshkent",
				"c-0001", "Aziza", "+998901234567", "uz", Instant.now(), Instant.now(), firstSeen);
	}

	@Test
	void aNewOrderIsRecordedForTheCustomersHistoryAndTheAnalytics() {
		// The notices watch a new order for lateness (issue 17).
		List<String> both = List.of("io.yordam.analytics.AnalyticsEvents.on", "io.yordam.customers.CustomerHistory.on",
				"io.yordam.notices.NoticeTriggers.on");
		assertThat(recordedFor(synced(PlatformEventType.ORDER_CREATED, OrderStatus.CREATED, PaymentStatus.PAID, true)))
			.containsExactlyElementsOf(both);
		// First seen on a later step, or created after a later step arrived: both count.
		assertThat(recordedFor(synced(PlatformEventType.STATUS_CHANGED, OrderStatus.COOKING, PaymentStatus.PAID, true)))
			.containsExactlyElementsOf(both);
		assertThat(recordedFor(synced(PlatformEventType.ORDER_CREATED, OrderStatus.COOKING, PaymentStatus.PAID, false)))
			.containsExactlyElementsOf(both);
	}

	@Test
	void aCourierAssignedIsTheAnalyticsAndADeliveryTheNpsQuestions() {
		// The analytics cut contacts by courier; NPS is asked after a delivered order.
		assertThat(
				recordedFor(synced(PlatformEventType.COURIER_ASSIGNED, OrderStatus.COOKING, PaymentStatus.PAID, false)))
			.containsExactly("io.yordam.analytics.AnalyticsEvents.on");
		assertThat(recordedFor(synced(PlatformEventType.DELIVERED, OrderStatus.DELIVERED, PaymentStatus.PAID, false)))
			.containsExactly("io.yordam.feedback.NpsQuestions.on", "io.yordam.notices.NoticeTriggers.on");
	}

	@Test
	void aMovedArrivalTimeIsTheNotices() {
		assertThat(recordedFor(synced(PlatformEventType.ETA_CHANGED, OrderStatus.COOKING, PaymentStatus.PAID, false)))
			.containsExactly("io.yordam.notices.NoticeTriggers.on");
	}

	@Test
	void aKnownOrdersNextStepIsRecordedForNoListener() {
		assertThat(
				recordedFor(synced(PlatformEventType.STATUS_CHANGED, OrderStatus.COOKING, PaymentStatus.PAID, false)))
			.isEmpty();
	}

	@Test
	void aDeclinedPaymentOnALiveOrderIsRecordedForTheIncidents() {
		assertThat(
				recordedFor(synced(PlatformEventType.PAYMENT_FAILED, OrderStatus.CREATED, PaymentStatus.FAILED, false)))
			.containsExactly("io.yordam.incidents.IncidentEvents.on", "io.yordam.notices.NoticeTriggers.on");
		assertThat(recordedFor(
				synced(PlatformEventType.PAYMENT_FAILED, OrderStatus.CANCELLED, PaymentStatus.FAILED, false)))
			.isEmpty();
	}

}
