package io.yordam.incidents;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import io.yordam.common.InvalidInputException;
import io.yordam.orders.OrderView;

/**
 * The lines a claim names, each once, and their value. One rule for quantities, shared by
 * the ledger and the platform: a sku stands for its whole line (unit price × quantity),
 * and naming it twice names it once; what the ledger posts as the items' value and what
 * the platform is asked to re-deliver come from this one list.
 */
record Claimed(List<String> skus, long value) {

	static Claimed of(OrderView order, List<String> named) {
		if (named.isEmpty()) {
			throw new InvalidInputException("facts.items", "required", "Pick the items from the order's lines");
		}
		List<String> skus = new ArrayList<>();
		long value = 0;
		for (String sku : new LinkedHashSet<>(named)) {
			OrderView.Line line = order.items()
				.stream()
				.filter(l -> l.sku().equals(sku))
				.findFirst()
				.orElseThrow(() -> new InvalidInputException("facts.items", "order-line",
						"Item " + sku + " is not in order " + order.number()));
			skus.add(sku);
			value = Math.addExact(value, line.amount().som());
		}
		return new Claimed(List.copyOf(skus), value);
	}

}
