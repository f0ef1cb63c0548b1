package io.yordam.incidents;

import java.time.Instant;
import java.util.List;

import io.yordam.common.InvalidInputException;
import io.yordam.common.Money;
import io.yordam.common.RuleViolationException;
import io.yordam.ledger.PostingKind;
import io.yordam.orders.OrderId;
import io.yordam.orders.OrderStatus;
import io.yordam.orders.OrderView;
import io.yordam.orders.PaymentMethod;
import io.yordam.orders.PaymentStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each playbook alone: the options, their amounts and where refusals come from. */
class PlaybooksTests {

	static final Instant PROMISED = Instant.parse("2026-11-23T12:00:00Z");

	final Playbooks playbooks = new Playbooks();

	final PlaybookSettings settings = PlaybookSettings.defaults();

	static OrderView order(OrderStatus status, PaymentMethod method, Instant deliveredAt, Instant eta) {
		return new OrderView(new OrderId("o-1"), "E24-1", "Tashkent", "c-1", "Dilnoza", "Rayhon", "Bekzod",
				"+998900000000",
				List.of(new OrderView.Line("plov", "Plov", 2, Money.som(45_000)),
						new OrderView.Line("non", "Non", 1, Money.som(5_000))),
				Money.som(9_000), Money.som(104_000), method, PaymentStatus.PAID, status, PROMISED, eta, deliveredAt,
				PROMISED.minusSeconds(3600), List.of());
	}

	static IncidentFacts items(String... skus) {
		return new IncidentFacts(List.of(skus), null, null, null, null);
	}

	List<Offer> offer(IncidentType type, IncidentFacts facts, OrderView order, Instant now) {
		return this.playbooks.of(type).offer(facts, order, now, this.settings);
	}

	@Test
	void lateDeliveryPaysByTheBracketReached() {
		OrderView delivered = order(OrderStatus.DELIVERED, PaymentMethod.CARD, PROMISED.plusSeconds(35 * 60), null);
		List<Offer> offers = offer(IncidentType.LATE_DELIVERY, IncidentFacts.none(), delivered,
				PROMISED.plusSeconds(7200));
		assertThat(offers).extracting(Offer::option).containsExactly("FREE_DELIVERY", "COMPENSATION");
		assertThat(offers.get(0).payments()).containsExactly(new Offer.Payment(PostingKind.REFUND, 9_000));
		assertThat(offers.get(1).payments()).containsExactly(new Offer.Payment(PostingKind.BONUS_CREDIT, 20_000));
	}

	@Test
	void lateDeliveryOnTheWayCountsTheLiveEtaAndRefusesWhenNotLateEnough() {
		OrderView onTheWay = order(OrderStatus.ON_THE_WAY, PaymentMethod.CARD, null, PROMISED.plusSeconds(70 * 60));
		assertThat(offer(IncidentType.LATE_DELIVERY, IncidentFacts.none(), onTheWay, PROMISED.plusSeconds(60)).get(1)
			.cost()).isEqualTo(40_000);
		OrderView early = order(OrderStatus.ON_THE_WAY, PaymentMethod.CARD, null, PROMISED.plusSeconds(5 * 60));
		assertThatThrownBy(() -> offer(IncidentType.LATE_DELIVERY, IncidentFacts.none(), early, PROMISED))
			.isInstanceOfSatisfying(RuleViolationException.class, ex -> assertThat(ex.rule()).isEqualTo("not-late"));
	}

	@Test
	void cashOrdersGetBonusWhereCardOrdersGetMoneyBack() {
		OrderView cash = order(OrderStatus.DELIVERED, PaymentMethod.CASH, PROMISED, null);
		List<Offer> offers = offer(IncidentType.DAMAGED_ORDER, items("plov"), cash, PROMISED);
		assertThat(offers.get(1).payments()).containsExactly(new Offer.Payment(PostingKind.BONUS_CREDIT, 104_000));
		assertThat(offers.get(1).steps()).extracting(Offer.PlatformStep::kind)
			.containsExactly(Offer.PlatformStep.Kind.CANCEL, Offer.PlatformStep.Kind.CREDIT_BONUS);
	}

	@Test
	void damagedKeepsHalfTheItemsAsBonusByDefault() {
		OrderView order = order(OrderStatus.DELIVERED, PaymentMethod.CARD, PROMISED, null);
		Offer keep = offer(IncidentType.DAMAGED_ORDER, items("plov", "plov"), order, PROMISED).get(2);
		assertThat(keep.option()).isEqualTo("KEEP_COMPENSATION");
		assertThat(keep.cost()).isEqualTo(45_000);
	}

	@Test
	void itemsMustBeTheOrdersOwnLines() {
		OrderView order = order(OrderStatus.DELIVERED, PaymentMethod.CARD, PROMISED, null);
		assertThatThrownBy(() -> offer(IncidentType.INCOMPLETE_ORDER, items("shashlik"), order, PROMISED))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.violations().get(0).field()).isEqualTo("facts.items"));
		assertThatThrownBy(() -> offer(IncidentType.FOOD_QUALITY, items("plov"), order, PROMISED))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.violations().get(0).field()).isEqualTo("facts.problem"));
	}

	@Test
	void wrongOrderRefundsOnlyADifferenceInTheCustomersFavour() {
		OrderView order = order(OrderStatus.DELIVERED, PaymentMethod.CARD, PROMISED, null);
		IncidentFacts cheaper = new IncidentFacts(List.of("plov"), null, 70_000L, null, null);
		assertThat(offer(IncidentType.WRONG_ORDER, cheaper, order, PROMISED).get(1).payments()).containsExactly(
				new Offer.Payment(PostingKind.REFUND, 20_000), new Offer.Payment(PostingKind.BONUS_CREDIT, 15_000));
		IncidentFacts dearer = new IncidentFacts(List.of("plov"), null, 120_000L, null, null);
		assertThat(offer(IncidentType.WRONG_ORDER, dearer, order, PROMISED).get(1).payments())
			.containsExactly(new Offer.Payment(PostingKind.BONUS_CREDIT, 15_000));
	}

	@Test
	void cancellationRefundsInFullOnlyBeforeTheKitchenStarts() {
		assertThat(offer(IncidentType.CANCELLATION, IncidentFacts.none(),
				order(OrderStatus.ACCEPTED, PaymentMethod.CARD, null, null), PROMISED)
			.get(0)
			.cost()).isEqualTo(104_000);
		Offer cooking = offer(IncidentType.CANCELLATION, IncidentFacts.none(),
				order(OrderStatus.COOKING, PaymentMethod.CARD, null, null), PROMISED)
			.get(0);
		assertThat(cooking.option()).isEqualTo("CANCEL_PARTIAL_REFUND");
		assertThat(cooking.cost()).isEqualTo(9_000);
		assertThatThrownBy(() -> offer(IncidentType.CANCELLATION, IncidentFacts.none(),
				order(OrderStatus.DELIVERED, PaymentMethod.CARD, PROMISED, null), PROMISED))
			.isInstanceOf(RuleViolationException.class);
	}

	@Test
	void unpaidOffersRetryOrCashAndMovesNoMoney() {
		List<Offer> offers = offer(IncidentType.UNPAID_ORDER, IncidentFacts.none(),
				order(OrderStatus.CREATED, PaymentMethod.CARD, null, null), PROMISED);
		assertThat(offers).extracting(Offer::option).containsExactly("RETRY_PAYMENT", "PAY_CASH");
		assertThat(offers).allSatisfy(o -> assertThat(o.cost()).isZero());
	}

	@Test
	void limitsAndSignalsDecideWhoApproves() {
		PlaybookSettings.Limit agent = this.settings.limitOf(Acting.Role.AGENT);
		AbuseSignals clean = AbuseSignals.of(1, 1, 0, this.settings.abuse());
		assertThat(CompensationLimitPolicy.check(100_000, agent, 0, clean))
			.isInstanceOf(CompensationLimitPolicy.Allowed.class);
		assertThat(CompensationLimitPolicy.check(200_000, agent, 0, clean))
			.isEqualTo(new CompensationLimitPolicy.NeedsApproval("over-action-limit"));
		assertThat(CompensationLimitPolicy.check(100_000, agent, 550_000, clean))
			.isEqualTo(new CompensationLimitPolicy.NeedsApproval("over-shift-limit"));
		AbuseSignals flagged = AbuseSignals.of(4, 1, 0, this.settings.abuse());
		assertThat(flagged.flagged()).isTrue();
		assertThat(CompensationLimitPolicy.check(1_000, agent, 0, flagged))
			.isEqualTo(new CompensationLimitPolicy.NeedsApproval("abuse-signal"));
		// Nothing to pay (unpaid order, keep the order): nothing to approve.
		assertThat(CompensationLimitPolicy.check(0, agent, 0, flagged))
			.isInstanceOf(CompensationLimitPolicy.Allowed.class);
	}

	@Test
	void settingsThatWouldPayNonsenseAreRefusedNamingTheField() {
		PlaybookSettings bad = new PlaybookSettings(
				List.of(new PlaybookSettings.Bracket(30, 20_000), new PlaybookSettings.Bracket(15, 10_000)), 150, -1, 0,
				0, this.settings.limits(), 12, this.settings.abuse());
		assertThatThrownBy(bad::validate).isInstanceOfSatisfying(InvalidInputException.class,
				ex -> assertThat(ex.violations()).extracting(InvalidInputException.Violation::field)
					.containsExactly("lateBrackets[1]", "damagedKeepPercent", "damagedRedeliveryCompensation"));
	}

}
