package io.yordam.bot;

import java.util.List;

import io.yordam.common.Money;
import io.yordam.orders.MenuItem;
import io.yordam.orders.OrderStatus;
import io.yordam.orders.OrderView;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WhatCameTest {

	static final OrderView PIZZA_ORDER = OrderViewBuilder.anOrder()
		.status(OrderStatus.DELIVERED)
		.lines(new OrderView.Line("pep", "Пицца Пепперони", 1, Money.som(65_000)),
				new OrderView.Line("mors", "Морс клюквенный", 1, Money.som(12_000)))
		.build();

	static final List<MenuItem> MENU = List.of(new MenuItem("pep", "Пицца Пепперони", Money.som(65_000), 9),
			new MenuItem("marg", "Пицца Маргарита", Money.som(45_000), 7),
			new MenuItem("four", "Пицца Четыре сыра", Money.som(70_000), 3),
			new MenuItem("cola", "Coca-Cola 0.5", Money.som(9_000), 12));

	@Test
	void whatCouldHaveComeIsTheMenuWithoutTheOrdersOwnLines() {
		assertThat(WhatCame.candidates(MENU, PIZZA_ORDER)).extracting(MenuItem::sku)
			.containsExactly("marg", "four", "cola");
	}

	@Test
	void aDishIsNamedByTheWordsThatSetItApartFromWhatWasOrdered() {
		List<MenuItem> candidates = WhatCame.candidates(MENU, PIZZA_ORDER);
		// "пиццу" names every pizza: only "маргариту" (in another case) tells which.
		assertThat(WhatCame.named("вместо пиццы пепперони привезли маргариту", candidates, PIZZA_ORDER))
			.map(MenuItem::sku)
			.hasValue("marg");
		assertThat(WhatCame.named("pitsa margarita keldi", candidates, PIZZA_ORDER)).map(MenuItem::sku)
			.hasValue("marg");
		assertThat(WhatCame.named("привезли какую-то другую пиццу", candidates, PIZZA_ORDER)).isEmpty();
		assertThat(WhatCame.named("гавайская", candidates, PIZZA_ORDER)).isEmpty();
	}

	@Test
	void twoDishesNamedAlikeNameNeither() {
		List<MenuItem> menu = List.of(new MenuItem("m1", "Маргарита", Money.som(45_000), 1),
				new MenuItem("m2", "Маргарита", Money.som(47_000), 1));
		assertThat(WhatCame.named("маргарита", menu, PIZZA_ORDER)).isEmpty();
	}

	@Test
	void whatCameIsWorthAsManyAsTheWrongLineHad() {
		OrderView two = OrderViewBuilder.anOrder()
			.lines(new OrderView.Line("cheese", "Chizburger", 2, Money.som(35_000)),
					new OrderView.Line("fri", "Kartoshka fri", 1, Money.som(15_000)))
			.build();
		MenuItem burger = new MenuItem("burger", "Gamburger", Money.som(28_000), 4);
		assertThat(WhatCame.value(burger, two, List.of("cheese"))).isEqualTo(56_000);
		// The whole order came wrong: one of what came, nothing to multiply by.
		assertThat(WhatCame.value(burger, two, List.of("cheese", "fri"))).isEqualTo(28_000);
	}

}
