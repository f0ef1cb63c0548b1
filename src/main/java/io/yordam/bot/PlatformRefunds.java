package io.yordam.bot;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import io.yordam.orders.OrderStatus;
import io.yordam.orders.OrderView;
import io.yordam.orders.PaymentStatus;

/**
 * Money the platform gave back by itself, as the order mirror shows it: a cancelled order
 * whose payment is {@code REFUNDED}, and when (the cancellation in its timeline, else its
 * last reported step). Support's ledger never sees these: the platform refunded without
 * being asked.
 */
final class PlatformRefunds {

	/**
	 * Banks show a card refund within 10 working days; past two weeks it is no longer
	 * "wait", it is for a person to chase.
	 */
	static final Duration BANKS_TAKE = Duration.ofDays(14);

	private PlatformRefunds() {
	}

	record Refunded(OrderView order, Instant at) {
	}

	/** The refunded orders among the customer's recent ones, the latest first. */
	static List<Refunded> of(List<OrderView> recent) {
		return recent.stream()
			.filter(o -> o.status() == OrderStatus.CANCELLED && o.paymentStatus() == PaymentStatus.REFUNDED)
			.map(o -> new Refunded(o, when(o)))
			.sorted(Comparator.comparing(Refunded::at).reversed())
			.limit(AccountAnswers.LATEST)
			.toList();
	}

	static boolean overdue(Refunded refunded, Instant now) {
		return Duration.between(refunded.at(), now).compareTo(BANKS_TAKE) > 0;
	}

	private static Instant when(OrderView order) {
		List<OrderView.Step> timeline = (order.timeline() != null) ? order.timeline() : List.of();
		return timeline.stream()
			.filter(step -> step.status() == OrderStatus.CANCELLED)
			.map(OrderView.Step::at)
			.findFirst()
			.or(() -> timeline.stream().map(OrderView.Step::at).max(Comparator.naturalOrder()))
			.orElse(order.createdAt());
	}

}
