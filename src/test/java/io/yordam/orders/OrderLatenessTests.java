package io.yordam.orders;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.yordam.common.Money;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The one definition of lateness ({@link OrderView#lateBy}), alone. */
class OrderLatenessTests {

	static final Instant PROMISED = Instant.parse("2026-11-23T12:00:00Z");

	static OrderView order(OrderStatus status, Instant promisedAt, Instant eta, Instant deliveredAt) {
		return new OrderView(new OrderId("o-1"), "E24-1", "Tashkent", "c-1", "Dilnoza", "Rayhon", "Bekzod",
				"+998900000000", List.of(new OrderView.Line("plov", "Plov", 1, Money.som(45_000))), Money.som(9_000),
				Money.som(54_000), PaymentMethod.CARD, PaymentStatus.PAID, status, promisedAt, eta, deliveredAt,
				PROMISED.minusSeconds(3600), List.of());
	}

	static Instant at(int minutesAfterThePromise) {
		return PROMISED.plus(Duration.ofMinutes(minutesAfterThePromise));
	}

	@Test
	void aDeliveredOrderIsAsLateAsItArrivedAfterThePromiseWhateverItsEta() {
		OrderView late = order(OrderStatus.DELIVERED, PROMISED, at(-10), at(35));
		assertThat(late.lateBy(at(120))).isEqualTo(Duration.ofMinutes(35));
		assertThat(late.isLateAt(at(120))).isTrue();
		OrderView early = order(OrderStatus.DELIVERED, PROMISED, at(30), at(-5));
		assertThat(early.lateBy(at(120))).isZero();
		assertThat(early.isLateAt(at(120))).isFalse();
		// A second after the promise is late: lateness is not rounded to minutes.
		assertThat(order(OrderStatus.DELIVERED, PROMISED, null, PROMISED.plusSeconds(1)).isLateAt(at(60))).isTrue();
	}

	@Test
	void onItsWayPastThePromiseItIsLateUntilItsLiveEta() {
		OrderView pushedBack = order(OrderStatus.ON_THE_WAY, PROMISED, at(70), null);
		assertThat(pushedBack.lateBy(at(1))).isEqualTo(Duration.ofMinutes(70));
		assertThat(pushedBack.isLateAt(at(1))).isTrue();
		// An ETA already behind: late until now.
		OrderView overdue = order(OrderStatus.ON_THE_WAY, PROMISED, at(-5), null);
		assertThat(overdue.lateBy(at(20))).isEqualTo(Duration.ofMinutes(20));
		assertThat(order(OrderStatus.COOKING, PROMISED, null, null).lateBy(at(20))).isEqualTo(Duration.ofMinutes(20));
	}

	@Test
	void beforeThePromiseAnEtaBeyondItIsAForecastNotLateness() {
		OrderView forecast = order(OrderStatus.ON_THE_WAY, PROMISED, at(60), null);
		assertThat(forecast.lateBy(at(-1))).isZero();
		assertThat(forecast.isLateAt(at(-1))).isFalse();
		assertThat(forecast.isLateAt(PROMISED)).isFalse();
	}

	@Test
	void aCancelledOrderOrOneWithoutAPromiseIsNeverLate() {
		assertThat(order(OrderStatus.CANCELLED, PROMISED, at(60), null).lateBy(at(90))).isZero();
		assertThat(order(OrderStatus.ON_THE_WAY, null, at(60), null).lateBy(at(90))).isZero();
		assertThat(order(OrderStatus.DELIVERED, null, null, at(90)).isLateAt(at(120))).isFalse();
	}

}
