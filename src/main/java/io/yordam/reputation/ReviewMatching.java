package io.yordam.reputation;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import io.yordam.orders.OrderId;
import io.yordam.orders.OrderView;
import io.yordam.orders.Orders;

/**
 * Who wrote a review and about which order, as far as can be told, most certain first:
 * the platform's ids when the import gives them; else an order number in the text (one
 * order with it, of the customer if one is known); else a phone, given or in the text,
 * that the orders know.
 */
final class ReviewMatching {

	/**
	 * How a review was matched: stored and shown, so an agent knows how far to trust it.
	 */
	enum By {

		PLATFORM, ORDER_NUMBER, PHONE, NONE

	}

	record Match(String customerId, String orderId, String restaurant, String city, By by) {

		static final Match NONE = new Match(null, null, null, null, By.NONE);

		static Match of(OrderView order, By by) {
			return new Match(order.customerId(), order.id().value(), order.restaurantName(), order.city(), by);
		}

	}

	private final Orders orders;

	ReviewMatching(Orders orders) {
		this.orders = orders;
	}

	Match match(NewReview review) {
		if (review.orderId() != null) {
			Optional<OrderView> order = this.orders.find(new OrderId(review.orderId()))
				.filter(o -> review.customerId() == null || review.customerId().equals(o.customerId()));
			if (order.isPresent()) {
				return Match.of(order.get(), By.PLATFORM);
			}
		}
		Optional<OrderView> numbered = byNumber(review.text(), review.customerId());
		if (numbered.isPresent()) {
			return Match.of(numbered.get(), (review.customerId() != null) ? By.PLATFORM : By.ORDER_NUMBER);
		}
		if (review.customerId() != null) {
			return new Match(review.customerId(), null, null, null, By.PLATFORM);
		}
		return Stream.concat(Stream.ofNullable(review.phone()), TextClues.phones(review.text()).stream())
			.map(this.orders::customersByPhone)
			.filter(customers -> !customers.isEmpty())
			.findFirst()
			.map(customers -> new Match(customers.get(0), null, null, null, By.PHONE))
			.orElse(Match.NONE);
	}

	/** The one order a number in the text names; none when it is ambiguous. */
	private Optional<OrderView> byNumber(String text, String customerId) {
		for (String number : TextClues.orderNumbers(text)) {
			List<OrderView> found = this.orders.idsByNumber(number)
				.stream()
				.flatMap(id -> this.orders.find(id).stream())
				.filter(o -> customerId == null || customerId.equals(o.customerId()))
				.toList();
			if (found.size() == 1) {
				return Optional.of(found.get(0));
			}
		}
		return Optional.empty();
	}

}
