package io.yordam.bot;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.yordam.access.Participant;
import io.yordam.conversations.AuthorKind;
import io.yordam.conversations.MessageView;
import io.yordam.orders.MenuItem;
import io.yordam.orders.OrderId;
import io.yordam.orders.OrderView;
import io.yordam.orders.OrderVolume;
import io.yordam.orders.Orders;
import tools.jackson.databind.json.JsonMapper;

/**
 * A customer's conversation with the bot, without the application: their orders, the
 * bot's session, and a voice that only listens. Builds the turn a dialogue step answers
 * in.
 */
final class TurnFixture {

	static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

	static final String CUSTOMER = "c-1";

	final List<OrderView> orders = new ArrayList<>();

	/** Dishes the restaurant sells besides the lines of the orders listed. */
	final List<MenuItem> menu = new ArrayList<>();

	final BotSession session = BotSession.start(UUID.randomUUID(), UUID.randomUUID(), CUSTOMER, "en", true, NOW);

	final ListeningVoice voice = new ListeningVoice();

	private long seq;

	TurnFixture with(OrderViewBuilder... more) {
		for (OrderViewBuilder order : more) {
			this.orders.add(order.build());
		}
		return this;
	}

	/** The turn answering the customer's next message. */
	Turn turn(String text) {
		Turn turn = new Turn(this.session, null, new OrderContext(new ListedOrders(), CUSTOMER), this.voice,
				JsonMapper.shared());
		turn.answering(new MessageView(UUID.randomUUID(), ++this.seq, AuthorKind.PARTICIPANT, "Dilnoza", text, null,
				null, null, NOW, List.of(), null));
		return turn;
	}

	/** The orders listed, newest first, as the order mirror gives them. */
	private final class ListedOrders implements Orders {

		@Override
		public Optional<OrderView> find(OrderId id) {
			return TurnFixture.this.orders.stream().filter(o -> o.id().equals(id)).findFirst();
		}

		@Override
		public Optional<OrderView> findAsParty(OrderId id, Participant participant) {
			throw new UnsupportedOperationException("the bot reads a customer's own orders");
		}

		@Override
		public List<OrderView> recentOf(String customerId, int limit) {
			return TurnFixture.this.orders.stream()
				.filter(o -> o.customerId().equals(customerId))
				.limit(limit)
				.toList();
		}

		/** The lines of the listed orders of the same restaurant, as the mirror would. */
		@Override
		public List<MenuItem> menuOf(OrderId id) {
			String restaurant = find(id).map(OrderView::restaurantName).orElse(null);
			java.util.Map<String, MenuItem> menu = new java.util.LinkedHashMap<>();
			TurnFixture.this.orders.stream()
				.filter(o -> o.restaurantName().equals(restaurant))
				.flatMap(o -> o.items().stream())
				.forEach(l -> menu.putIfAbsent(l.sku(), new MenuItem(l.sku(), l.name(), l.unitPrice(), 1)));
			TurnFixture.this.menu.stream().filter(m -> !menu.containsKey(m.sku())).forEach(m -> menu.put(m.sku(), m));
			return List.copyOf(menu.values());
		}

		@Override
		public List<OrderVolume> volume(OrderVolume.By by, Instant since) {
			throw new UnsupportedOperationException("the bot counts no orders");
		}

		@Override
		public List<OrderId> idsByNumber(String number) {
			throw new UnsupportedOperationException("the bot reads a customer's own orders");
		}

		@Override
		public List<String> customersByPhone(String phone) {
			throw new UnsupportedOperationException("the bot reads a customer's own orders");
		}

		@Override
		public List<String> couriersByPhone(String phone) {
			throw new UnsupportedOperationException("the bot reads a customer's own orders");
		}

		@Override
		public List<OrderView> recentOfCourier(String courierId, int limit) {
			throw new UnsupportedOperationException("the bot reads a customer's own orders");
		}

	}

}
