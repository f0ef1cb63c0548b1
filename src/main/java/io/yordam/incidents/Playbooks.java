package io.yordam.incidents;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.yordam.common.InvalidInputException;
import io.yordam.incidents.Offer.Payment;
import io.yordam.incidents.Offer.PlatformStep;
import io.yordam.ledger.PostingKind;
import io.yordam.orders.OrderStatus;
import io.yordam.orders.OrderView;
import io.yordam.orders.PaymentMethod;

/**
 * Every playbook, one small record each, as seed 000 describes them (plus cancellation
 * and food quality). Money back "to the original payment" of a cash order goes to the
 * bonus account instead: there is no card to refund.
 */
final class Playbooks {

	private final Map<IncidentType, Playbook> byType = new EnumMap<>(IncidentType.class);

	Playbooks() {
		for (Playbook playbook : List.of(new LateDelivery(), new DamagedOrder(), new IncompleteOrder(),
				new WrongOrder(), new UnpaidOrder(), new Cancellation(), new FoodQuality())) {
			this.byType.put(playbook.type(), playbook);
		}
	}

	Playbook of(IncidentType type) {
		return this.byType.get(type);
	}

	/**
	 * Late: free delivery (the fee back) or compensation by the bracket its lateness
	 * ({@link OrderView#lateBy}) reaches.
	 */
	record LateDelivery() implements Playbook {

		@Override
		public IncidentType type() {
			return IncidentType.LATE_DELIVERY;
		}

		@Override
		public List<Offer> offer(IncidentFacts facts, OrderView order, Instant now, PlaybookSettings settings) {
			long minutes = order.lateBy(now).toMinutes();
			PlaybookSettings.Bracket reached = null;
			for (PlaybookSettings.Bracket bracket : settings.lateBrackets()) {
				if (minutes >= bracket.minutesLate()) {
					reached = bracket;
				}
			}
			if (reached == null) {
				throw new OpeningRefused(IncidentDesk.Opening.Refusal.NOT_LATE, 422,
						"The order is " + minutes + " min past its promised time; compensation starts at "
								+ settings.lateBrackets().get(0).minutesLate() + " min");
			}
			return List.of(
					new Offer("FREE_DELIVERY", List.of(moneyBack(order, order.deliveryFee().som())),
							List.of(moneyBackStep(order, order.deliveryFee().som()))),
					new Offer("COMPENSATION", List.of(new Payment(PostingKind.BONUS_CREDIT, reached.amount())),
							List.of(credit(reached.amount()))));
		}

	}

	/**
	 * Damaged: re-deliver with compensation and free delivery, cancel with a full refund,
	 * or keep with compensation.
	 */
	record DamagedOrder() implements Playbook {

		@Override
		public IncidentType type() {
			return IncidentType.DAMAGED_ORDER;
		}

		@Override
		public List<Offer> offer(IncidentFacts facts, OrderView order, Instant now, PlaybookSettings settings) {
			Claimed claimed = Claimed.of(order, facts.items());
			long items = claimed.value();
			long keep = Math.multiplyExact(items, settings.damagedKeepPercent()) / 100;
			return List.of(
					new Offer("REDELIVER",
							List.of(new Payment(PostingKind.REDELIVERY, items),
									new Payment(PostingKind.FREE_DELIVERY, order.deliveryFee().som()),
									new Payment(PostingKind.BONUS_CREDIT, settings.damagedRedeliveryCompensation())),
							List.of(redeliver(claimed), credit(settings.damagedRedeliveryCompensation()))),
					new Offer("CANCEL_REFUND", List.of(moneyBack(order, order.total().som())),
							List.of(PlatformStep.of(PlatformStep.Kind.CANCEL),
									moneyBackStep(order, order.total().som()))),
					new Offer("KEEP_COMPENSATION", List.of(new Payment(PostingKind.BONUS_CREDIT, keep)),
							List.of(credit(keep))));
		}

	}

	/**
	 * Incomplete: wait for the missing items (a new courier, free), or their price as
	 * bonus.
	 */
	record IncompleteOrder() implements Playbook {

		@Override
		public IncidentType type() {
			return IncidentType.INCOMPLETE_ORDER;
		}

		@Override
		public List<Offer> offer(IncidentFacts facts, OrderView order, Instant now, PlaybookSettings settings) {
			Claimed claimed = Claimed.of(order, facts.items());
			long items = claimed.value();
			return List.of(
					new Offer("SEND_MISSING",
							List.of(new Payment(PostingKind.REDELIVERY, items),
									new Payment(PostingKind.FREE_DELIVERY, order.deliveryFee().som())),
							List.of(redeliver(claimed))),
					new Offer("BONUS_CREDIT", List.of(new Payment(PostingKind.BONUS_CREDIT, items)),
							List.of(credit(items))));
		}

	}

	/**
	 * Wrong item or someone else's order: replace it (free re-delivery), or keep it: the
	 * difference back when what came is cheaper, plus compensation for the trouble.
	 */
	record WrongOrder() implements Playbook {

		@Override
		public IncidentType type() {
			return IncidentType.WRONG_ORDER;
		}

		@Override
		public List<Offer> offer(IncidentFacts facts, OrderView order, Instant now, PlaybookSettings settings) {
			Claimed claimed = Claimed.of(order,
					facts.items().isEmpty() ? order.items().stream().map(OrderView.Line::sku).toList() : facts.items());
			long ordered = claimed.value();
			if (facts.receivedValue() != null && facts.receivedValue() < 0) {
				throw new InvalidInputException("facts.receivedValue", "non-negative",
						"The value of what came instead is 0 or more");
			}
			long received = (facts.receivedValue() != null) ? facts.receivedValue() : ordered;
			long difference = Math.max(0, Math.subtractExact(ordered, received));
			List<Payment> keepPayments = new ArrayList<>();
			List<PlatformStep> keepSteps = new ArrayList<>();
			if (difference > 0) {
				keepPayments.add(moneyBack(order, difference));
				keepSteps.add(moneyBackStep(order, difference));
			}
			keepPayments.add(new Payment(PostingKind.BONUS_CREDIT, settings.wrongOrderCompensation()));
			keepSteps.add(credit(settings.wrongOrderCompensation()));
			return List.of(new Offer("REPLACE",
					List.of(new Payment(PostingKind.REDELIVERY, ordered),
							new Payment(PostingKind.FREE_DELIVERY, order.deliveryFee().som())),
					List.of(redeliver(claimed))), new Offer("KEEP", keepPayments, keepSteps));
		}

	}

	/**
	 * Card declined: the desk reaches out first; top up and retry, or pay cash. No money
	 * moves.
	 */
	record UnpaidOrder() implements Playbook {

		@Override
		public IncidentType type() {
			return IncidentType.UNPAID_ORDER;
		}

		@Override
		public List<Offer> offer(IncidentFacts facts, OrderView order, Instant now, PlaybookSettings settings) {
			if (order.status().isTerminal()) {
				throw new OpeningRefused(IncidentDesk.Opening.Refusal.ORDER_FINISHED, 422,
						"The order is " + order.status());
			}
			return List.of(
					new Offer("RETRY_PAYMENT", List.of(), List.of(PlatformStep.of(PlatformStep.Kind.RETRY_PAYMENT))),
					new Offer("PAY_CASH", List.of(), List.of(PlatformStep.of(PlatformStep.Kind.SWITCH_TO_CASH))));
		}

	}

	/**
	 * Cancellation: before the kitchen starts, a full refund; once it has, the delivery
	 * fee back (the food is made); or keep the order. A delivered order is not cancelled.
	 */
	record Cancellation() implements Playbook {

		@Override
		public IncidentType type() {
			return IncidentType.CANCELLATION;
		}

		@Override
		public List<Offer> offer(IncidentFacts facts, OrderView order, Instant now, PlaybookSettings settings) {
			if (order.status().isTerminal()) {
				throw new OpeningRefused(IncidentDesk.Opening.Refusal.ORDER_FINISHED, 422,
						"The order is " + order.status());
			}
			boolean kitchenStarted = order.status() != OrderStatus.CREATED && order.status() != OrderStatus.ACCEPTED;
			long back = kitchenStarted ? order.deliveryFee().som() : order.total().som();
			List<Payment> payments = (order.paymentMethod() == PaymentMethod.CASH) ? List.of()
					: List.of(new Payment(PostingKind.REFUND, back));
			List<PlatformStep> steps = new ArrayList<>(List.of(PlatformStep.of(PlatformStep.Kind.CANCEL)));
			if (!payments.isEmpty()) {
				steps.add(new PlatformStep(PlatformStep.Kind.REFUND, List.of(), back));
			}
			return List.of(new Offer(kitchenStarted ? "CANCEL_PARTIAL_REFUND" : "CANCEL_FULL_REFUND", payments, steps),
					new Offer("KEEP_ORDER", List.of(), List.of()));
		}

	}

	/**
	 * Food quality: replace the items, their price back, or their price plus compensation
	 * as bonus.
	 */
	record FoodQuality() implements Playbook {

		@Override
		public IncidentType type() {
			return IncidentType.FOOD_QUALITY;
		}

		@Override
		public List<Offer> offer(IncidentFacts facts, OrderView order, Instant now, PlaybookSettings settings) {
			if (facts.problem() == null) {
				throw new InvalidInputException("facts.problem", "required",
						"What was wrong: COLD, UNDERCOOKED, FOREIGN_OBJECT or SPOILED");
			}
			Claimed claimed = Claimed.of(order, facts.items());
			long items = claimed.value();
			long bonus = Math.addExact(items, settings.foodQualityCompensation());
			return List.of(
					new Offer("REPLACE_ITEMS",
							List.of(new Payment(PostingKind.REDELIVERY, items),
									new Payment(PostingKind.FREE_DELIVERY, order.deliveryFee().som())),
							List.of(redeliver(claimed))),
					new Offer("REFUND_ITEMS", List.of(moneyBack(order, items)), List.of(moneyBackStep(order, items))),
					new Offer("BONUS_CREDIT", List.of(new Payment(PostingKind.BONUS_CREDIT, bonus)),
							List.of(credit(bonus))));
		}

	}

	private static Payment moneyBack(OrderView order, long amount) {
		return new Payment(
				(order.paymentMethod() == PaymentMethod.CASH) ? PostingKind.BONUS_CREDIT : PostingKind.REFUND, amount);
	}

	private static PlatformStep moneyBackStep(OrderView order, long amount) {
		return (order.paymentMethod() == PaymentMethod.CASH) ? credit(amount)
				: new PlatformStep(PlatformStep.Kind.REFUND, List.of(), amount);
	}

	private static PlatformStep credit(long amount) {
		return new PlatformStep(PlatformStep.Kind.CREDIT_BONUS, List.of(), amount);
	}

	private static PlatformStep redeliver(Claimed claimed) {
		return new PlatformStep(PlatformStep.Kind.REDELIVER, claimed.skus(), 0);
	}

}
