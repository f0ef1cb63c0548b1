package io.yordam.bot;

import java.util.List;

/**
 * What a message names besides its intent: order numbers, the order it is about (when it
 * could be told), items of that order, amounts in so'm, clock times and durations in
 * minutes.
 */
public record Entities(List<String> orderNumbers, String orderId, List<Item> items, List<Long> amounts,
		List<String> times, List<Integer> minutes) {

	public Entities {
		orderNumbers = List.copyOf(orderNumbers);
		items = List.copyOf(items);
		amounts = List.copyOf(amounts);
		times = List.copyOf(times);
		minutes = List.copyOf(minutes);
	}

	/** A line of the order the message names (matched typo-tolerantly). */
	public record Item(String sku, String name) {
	}

	Entities withOrder(String orderId, List<Item> items) {
		return new Entities(this.orderNumbers, orderId, items, this.amounts, this.times, this.minutes);
	}

}
