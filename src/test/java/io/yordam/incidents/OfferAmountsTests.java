package io.yordam.incidents;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.yordam.common.Money;
import io.yordam.ledger.PostingKind;
import io.yordam.orders.OrderId;
import io.yordam.orders.OrderStatus;
import io.yordam.orders.OrderView;
import io.yordam.orders.PaymentMethod;
import io.yordam.orders.PaymentStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 10, findings 4 and 7 and the low one on quantities, without the application: what
 * every option of every playbook pays, asks and shows.
 */
class OfferAmountsTests {

	static final Instant PROMISED = Instant.parse("2026-11-23T12:00:00Z");

	final Playbooks playbooks = new Playbooks();

	final PlaybookSettings settings = PlaybookSettings.defaults();

	static OrderView order(OrderStatus status, PaymentMethod method, PaymentStatus payment,
			List<OrderView.Line> lines) {
		return new OrderView(new OrderId("o-1"), "E24-1", "Tashkent", "c-1", "Dilnoza", "Rayhon", "Bekzod",
				"+998900000000", lines, Money.som(9_000), Money.som(104_000), method, payment, status, PROMISED, null,
				(status == OrderStatus.DELIVERED) ? PROMISED.plusSeconds(90 * 60) : null, PROMISED.minusSeconds(3600),
				List.of());
	}

	static final List<OrderView.Line> LINES = List.of(new OrderView.Line("plov", "Plov", 2, Money.som(45_000)),
			new OrderView.Line("non", "Non", 1, Money.som(5_000)));

	/** Every playbook, on an order it accepts, with facts it needs. */
	List<Offer> everyOption(PaymentMethod method) {
		IncidentFacts plov = new IncidentFacts(List.of("plov"), null, null, null, null);
		Map<IncidentType, OrderView> orders = Map.of(IncidentType.LATE_DELIVERY,
				order(OrderStatus.DELIVERED, method, PaymentStatus.PAID, LINES), IncidentType.DAMAGED_ORDER,
				order(OrderStatus.DELIVERED, method, PaymentStatus.PAID, LINES), IncidentType.INCOMPLETE_ORDER,
				order(OrderStatus.DELIVERED, method, PaymentStatus.PAID, LINES), IncidentType.WRONG_ORDER,
				order(OrderStatus.DELIVERED, method, PaymentStatus.PAID, LINES), IncidentType.UNPAID_ORDER,
				order(OrderStatus.ACCEPTED, method, PaymentStatus.FAILED, LINES), IncidentType.CANCELLATION,
				order(OrderStatus.ACCEPTED, method, PaymentStatus.PAID, LINES), IncidentType.FOOD_QUALITY,
				order(OrderStatus.DELIVERED, method, PaymentStatus.PAID, LINES));
		Map<IncidentType, IncidentFacts> facts = Map.of(IncidentType.WRONG_ORDER,
				new IncidentFacts(List.of("plov"), null, 60_000L, null, null), IncidentType.FOOD_QUALITY,
				new IncidentFacts(List.of("plov"), null, null, IncidentFacts.FoodProblem.COLD, null));
		return java.util.Arrays.stream(IncidentType.values())
			.flatMap(type -> this.playbooks.of(type)
				.offer(facts.getOrDefault(type,
						(type == IncidentType.LATE_DELIVERY || type == IncidentType.UNPAID_ORDER
								|| type == IncidentType.CANCELLATION) ? IncidentFacts.none() : plov),
						orders.get(type), PROMISED.plusSeconds(7200), this.settings)
				.stream())
			.toList();
	}

	@Test
	void everyOptionAsksThePlatformForExactlyTheMoneyTheLedgerPosts() {
		for (PaymentMethod method : PaymentMethod.values()) {
			List<Offer> offers = everyOption(method);
			assertThat(offers).hasSizeGreaterThanOrEqualTo(15);
			for (Offer offer : offers) {
				assertThat(offer.consistent()).as(method + " " + offer).isTrue();
				assertThat(offer.requested(Offer.PlatformStep.Kind.REFUND)).isEqualTo(offer.refund());
				assertThat(offer.requested(Offer.PlatformStep.Kind.CREDIT_BONUS)).isEqualTo(offer.bonus());
				assertThat(offer.steps()).as("no request for 0")
					.noneMatch(s -> (s.kind() == Offer.PlatformStep.Kind.REFUND
							|| s.kind() == Offer.PlatformStep.Kind.CREDIT_BONUS) && s.amount() == 0);
			}
		}
	}

	@Test
	void theLabelsAmountsAreThePaymentsTheCustomerGets() {
		Offer redeliver = everyOption(PaymentMethod.CARD).stream()
			.filter(o -> o.option().equals("REDELIVER"))
			.findFirst()
			.orElseThrow();
		// 90 000 re-delivered, 9 000 of delivery and 15 000 of bonus: support pays 114
		// 000, the customer is shown (and gets) the 15 000 of bonus.
		assertThat(redeliver.cost()).isEqualTo(114_000);
		assertThat(redeliver.bonus()).isEqualTo(15_000);
		assertThat(redeliver.refund()).isZero();
	}

	@Test
	void pricesThatWouldOverflowGiveNoOfferAtAll() {
		List<OrderView.Line> huge = List.of(new OrderView.Line("a", "A", 1, Money.som(5_000_000_000_000_000_000L)),
				new OrderView.Line("b", "B", 1, Money.som(5_000_000_000_000_000_000L)));
		OrderView order = order(OrderStatus.DELIVERED, PaymentMethod.CARD, PaymentStatus.PAID, huge);
		IncidentFacts both = new IncidentFacts(List.of("a", "b"), null, null, null, null);
		for (IncidentType type : List.of(IncidentType.DAMAGED_ORDER, IncidentType.INCOMPLETE_ORDER,
				IncidentType.WRONG_ORDER)) {
			assertThatThrownBy(() -> this.playbooks.of(type).offer(both, order, PROMISED, this.settings))
				.as(type.name())
				.isInstanceOf(ArithmeticException.class);
		}
		assertThatThrownBy(() -> new OrderView.Line("a", "A", 4, Money.som(Long.MAX_VALUE / 2)).amount())
			.isInstanceOf(ArithmeticException.class);
		Offer wrapped = new Offer("X", List.of(new Offer.Payment(PostingKind.BONUS_CREDIT, Long.MAX_VALUE),
				new Offer.Payment(PostingKind.REDELIVERY, Long.MAX_VALUE)), List.of());
		assertThat(wrapped.consistent()).isFalse();
		Offer negative = new Offer("X", List.of(new Offer.Payment(PostingKind.BONUS_CREDIT, -1_000)),
				List.of(new Offer.PlatformStep(Offer.PlatformStep.Kind.CREDIT_BONUS, List.of(), -1_000)));
		assertThat(negative.consistent()).isFalse();
		Offer unposted = new Offer("X", List.of(),
				List.of(new Offer.PlatformStep(Offer.PlatformStep.Kind.REFUND, List.of(), 50_000)));
		assertThat(unposted.consistent()).as("a refund the ledger does not post").isFalse();
	}

	@Test
	void aNegativeCostIsNeverAllowedWhateverTheLimits() {
		PlaybookSettings.Limit generous = new PlaybookSettings.Limit(Long.MAX_VALUE, Long.MAX_VALUE);
		AbuseSignals clean = AbuseSignals.of(0, 0, 0, this.settings.abuse());
		// The review's wrapped-around offer: refused, not carried out.
		assertThat(CompensationLimitPolicy.check(-8_446_744_073_709_551_616L, generous, 0, clean))
			.isEqualTo(new CompensationLimitPolicy.Refused("invalid-amount"));
		assertThat(CompensationLimitPolicy.check(-1, generous, 0, clean))
			.isEqualTo(new CompensationLimitPolicy.Refused("invalid-amount"));
		assertThat(CompensationLimitPolicy.check(Long.MIN_VALUE, generous, 0, clean))
			.isEqualTo(new CompensationLimitPolicy.Refused("invalid-amount"));
	}

	@Test
	void aSkuNamedTwiceIsOneLineForTheLedgerAndThePlatform() {
		OrderView order = order(OrderStatus.DELIVERED, PaymentMethod.CARD, PaymentStatus.PAID, LINES);
		IncidentFacts facts = new IncidentFacts(List.of("plov", "plov", "plov", "non"), null, null, null, null);
		assertThat(facts.items()).containsExactly("plov", "non");
		Offer send = this.playbooks.of(IncidentType.INCOMPLETE_ORDER)
			.offer(facts, order, PROMISED, this.settings)
			.get(0);
		assertThat(send.payments()).contains(new Offer.Payment(PostingKind.REDELIVERY, 95_000));
		assertThat(send.steps()).singleElement().satisfies(s -> assertThat(s.skus()).containsExactly("plov", "non"));
		Claimed claimed = Claimed.of(order, List.of("plov", "non", "plov"));
		assertThat(claimed.skus()).containsExactly("plov", "non");
		assertThat(claimed.value()).isEqualTo(95_000);
	}

}
