package io.yordam.bot;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.yordam.orders.MenuItem;
import io.yordam.orders.OrderView;

/**
 * What came instead of what was ordered, read against the restaurant's menu as the
 * platform reported it ({@code Orders.menuOf}): the dishes that could have come (the menu
 * without the order's own lines), the one the customer's words name, and what it is
 * worth. A dish is named by the words that set it apart from what was ordered: "пицца"
 * names every pizza, "маргариту" one.
 */
final class WhatCame {

	/** Dishes offered as buttons before "something else". */
	static final int MOST_LIKELY = 5;

	/** How sure the classifier must be that words are a new request, not the answer. */
	static final double SURE_OF_ANOTHER_REQUEST = 0.6;

	private WhatCame() {
	}

	/** The menu's dishes that are not lines of the order, the most ordered first. */
	static List<MenuItem> candidates(List<MenuItem> menu, OrderView order) {
		Set<String> ordered = order.items().stream().map(OrderView.Line::sku).collect(Collectors.toSet());
		return menu.stream().filter(item -> !ordered.contains(item.sku())).toList();
	}

	/**
	 * The one dish the words name by what sets it apart from the order's own lines; none
	 * when no dish, or more than one equally, is named.
	 */
	static Optional<MenuItem> named(String text, List<MenuItem> candidates, OrderView order) {
		List<String> words = Arrays.asList(IntentRules.skeletonText(text).split(" "));
		Set<String> orderedWords = order.items()
			.stream()
			.flatMap(line -> wordsOf(line.name()).stream())
			.collect(Collectors.toSet());
		MenuItem best = null;
		long bestScore = 0;
		boolean tie = false;
		for (MenuItem item : candidates) {
			long score = wordsOf(item.name()).stream()
				.filter(w -> orderedWords.stream().noneMatch(o -> EntityExtractor.similar(w, o)))
				.filter(w -> words.stream().anyMatch(t -> EntityExtractor.similar(t, w)))
				.count();
			if (score > bestScore) {
				best = item;
				bestScore = score;
				tie = false;
			}
			else if (score == bestScore && score > 0) {
				tie = true;
			}
		}
		return tie ? Optional.empty() : Optional.ofNullable(best);
	}

	/**
	 * What the dish that came is worth: as many as the wrong line had, when one line came
	 * wrong; one otherwise.
	 */
	static long value(MenuItem came, OrderView order, List<String> wrongSkus) {
		List<OrderView.Line> wrong = order.items().stream().filter(l -> wrongSkus.contains(l.sku())).toList();
		int quantity = (wrong.size() == 1) ? wrong.get(0).quantity() : 1;
		return Math.multiplyExact(came.unitPrice().som(), quantity);
	}

	/**
	 * Words written while the bot asks what came: a dish of the menu, or, when they name
	 * none and are not another request, something off the menu.
	 */
	static Optional<Gathered> cameAnswer(Turn turn, Gathered gathered, OrderView order, String text,
			Classification understood) {
		List<String> wrong = gathered.items().isEmpty() ? order.items().stream().map(OrderView.Line::sku).toList()
				: gathered.items();
		Optional<MenuItem> named = named(text, candidates(turn.orders().menuOf(order), order), order);
		if (named.isPresent()) {
			return Optional.of(gathered.withCame(named.get().name(), value(named.get(), order, wrong)));
		}
		// A dish's name alone reads as almost anything to the classifier: only a sure
		// other request, or asking for a person, is not an answer.
		boolean anotherRequest = understood.intent() == Intent.HUMAN_AGENT || (understood.intent().isRequest()
				&& understood.intent() != Intent.WRONG_ORDER && understood.confidence() >= SURE_OF_ANOTHER_REQUEST);
		return anotherRequest ? Optional.empty() : Optional.of(gathered.cameOffMenu());
	}

	private static List<String> wordsOf(String name) {
		return Arrays.stream(IntentRules.skeletonText(name).split(" ")).filter(w -> w.length() >= 3).toList();
	}

}
