package io.yordam.incidents;

import java.time.Instant;
import java.util.List;

import io.yordam.common.Money;
import io.yordam.orders.OrderId;
import io.yordam.orders.OrderStatus;
import io.yordam.orders.OrderView;
import io.yordam.orders.PaymentMethod;
import io.yordam.orders.PaymentStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 10, finding 3, the policy alone: which order may have which incident, for every
 * type and every state of an order.
 */
class IncidentEligibilityTests {

	static final Instant PROMISED = Instant.parse("2026-11-23T12:00:00Z");

	static OrderView order(OrderStatus status, PaymentStatus payment, Instant promisedAt, Instant eta,
			Instant deliveredAt) {
		return new OrderView(new OrderId("o-1"), "E24-1", "Tashkent", "c-1", "Dilnoza", "Rayhon", "Bekzod",
				"+998900000000", List.of(new OrderView.Line("plov", "Plov", 2, Money.som(45_000))), Money.som(9_000),
				Money.som(99_000), PaymentMethod.CARD, payment, status, promisedAt, eta, deliveredAt,
				PROMISED.minusSeconds(3600), List.of());
	}

	static String rule(IncidentType type, OrderView order, Instant now) {
		return switch (IncidentEligibility.check(type, order, now)) {
			case IncidentEligibility.Eligible eligible -> null;
			case IncidentEligibility.Refused refused -> refused.rule().code();
		};
	}

	@Test
	void whatCameInTheBagIsClaimedOnlyOnceTheOrderWasDelivered() {
		for (IncidentType type : List.of(IncidentType.DAMAGED_ORDER, IncidentType.INCOMPLETE_ORDER,
				IncidentType.WRONG_ORDER, IncidentType.FOOD_QUALITY)) {
			for (OrderStatus status : OrderStatus.values()) {
				String rule = rule(type, order(status, PaymentStatus.PAID, PROMISED, null, null), PROMISED);
				assertThat(rule).as(type + " on " + status)
					.isEqualTo((status == OrderStatus.DELIVERED) ? null : "not-delivered");
			}
		}
	}

	@Test
	void lateOnlyOncePastThePromisedTimeWhateverTheEtaForetells() {
		Instant before = PROMISED.minusSeconds(60);
		Instant after = PROMISED.plusSeconds(20 * 60);
		// An ETA past the promise is a forecast: not late until the promised time passes.
		assertThat(rule(IncidentType.LATE_DELIVERY,
				order(OrderStatus.ON_THE_WAY, PaymentStatus.PAID, PROMISED, PROMISED.plusSeconds(3600), null), before))
			.isEqualTo("not-late");
		assertThat(rule(IncidentType.LATE_DELIVERY,
				order(OrderStatus.COOKING, PaymentStatus.PAID, PROMISED, null, null), after))
			.isNull();
		assertThat(rule(IncidentType.LATE_DELIVERY,
				order(OrderStatus.DELIVERED, PaymentStatus.PAID, PROMISED, null, PROMISED.minusSeconds(600)), after))
			.isEqualTo("not-late");
		assertThat(rule(IncidentType.LATE_DELIVERY,
				order(OrderStatus.DELIVERED, PaymentStatus.PAID, PROMISED, null, PROMISED.plusSeconds(1800)), after))
			.isNull();
		assertThat(rule(IncidentType.LATE_DELIVERY,
				order(OrderStatus.CANCELLED, PaymentStatus.PAID, PROMISED, null, null), after))
			.isEqualTo("not-late");
		assertThat(rule(IncidentType.LATE_DELIVERY, order(OrderStatus.ON_THE_WAY, PaymentStatus.PAID, null, null, null),
				after))
			.isEqualTo("not-late");
	}

	@Test
	void unpaidOnlyForADeclinedPaymentOfAnActiveOrder() {
		for (PaymentStatus payment : PaymentStatus.values()) {
			assertThat(rule(IncidentType.UNPAID_ORDER, order(OrderStatus.ACCEPTED, payment, PROMISED, null, null),
					PROMISED))
				.as(payment.name())
				.isEqualTo((payment == PaymentStatus.FAILED) ? null : "payment-not-declined");
		}
		assertThat(rule(IncidentType.UNPAID_ORDER,
				order(OrderStatus.DELIVERED, PaymentStatus.FAILED, PROMISED, null, PROMISED), PROMISED))
			.isEqualTo("order-finished");
	}

	@Test
	void cancellationOnlyWhileTheOrderIsActive() {
		for (OrderStatus status : OrderStatus.values()) {
			assertThat(
					rule(IncidentType.CANCELLATION, order(status, PaymentStatus.PAID, PROMISED, null, null), PROMISED))
				.as(status.name())
				.isEqualTo(status.isTerminal() ? "order-finished" : null);
		}
	}

}
