package io.yordam.reputation;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.yordam.access.Participant;
import io.yordam.common.Money;
import io.yordam.orders.MenuItem;
import io.yordam.orders.OrderId;
import io.yordam.orders.OrderStatus;
import io.yordam.orders.OrderView;
import io.yordam.orders.OrderVolume;
import io.yordam.orders.Orders;
import io.yordam.orders.PaymentMethod;
import io.yordam.orders.PaymentStatus;
import io.yordam.orders.PhoneDigits;

import static org.assertj.core.api.Assertions.assertThat;

class ReviewMatchingTests {

	static final Instant AT = Instant.parse("2025-03-01T10:00:00Z");

	final ReviewMatching matching = new ReviewMatching(new FakeOrders(
			Map.of("o-1", order("o-1", "E24-104233", "c-1"), "o-2", order("o-2", "E24-200001", "c-2"), "o-3",
					order("o-3", "E24-300001", "c-3"), "o-4", order("o-4", "E24-300001", "c-4")),
			Map.of("998901234567", "c-7")));

	@Test
	void thePlatformsIdsComeFirst() {
		ReviewMatching.Match match = this.matching.match(review("Order E24-200001 was cold", "c-1", "o-1", null));
		assertThat(match)
			.isEqualTo(new ReviewMatching.Match("c-1", "o-1", "Rayhon", "Tashkent", ReviewMatching.By.PLATFORM));
	}

	@Test
	void anOrderNumberInTheTextMatchesTheOrderAndItsCustomer() {
		ReviewMatching.Match match = this.matching.match(review("Заказ E24-104233 опоздал на час", null, null, null));
		assertThat(match.orderId()).isEqualTo("o-1");
		assertThat(match.customerId()).isEqualTo("c-1");
		assertThat(match.by()).isEqualTo(ReviewMatching.By.ORDER_NUMBER);
	}

	@Test
	void aNumberTwoOrdersShareMatchesNoOrder() {
		assertThat(this.matching.match(review("E24-300001 never came", null, null, null)))
			.isEqualTo(ReviewMatching.Match.NONE);
	}

	@Test
	void aNumberOfAnotherCustomersOrderIsNotTheirs() {
		ReviewMatching.Match match = this.matching.match(review("E24-200001 late", "c-1", null, null));
		assertThat(match.orderId()).isNull();
		assertThat(match.customerId()).isEqualTo("c-1");
	}

	@Test
	void aPhoneGivenOrInTheTextMatchesTheCustomer() {
		assertThat(this.matching.match(review("Позвоните мне: +998 (90) 123-45-67", null, null, null)))
			.isEqualTo(new ReviewMatching.Match("c-7", null, null, null, ReviewMatching.By.PHONE));
		assertThat(this.matching.match(review("bad", null, null, "90 123 45 67")).customerId()).isEqualTo("c-7");
		assertThat(this.matching.match(review("Ужасно, 5 звёзд не дам", null, null, null)))
			.isEqualTo(ReviewMatching.Match.NONE);
	}

	@Test
	void anUnknownOrderIdFallsBackToTheText() {
		assertThat(this.matching.match(review("E24-104233", null, "o-404", null)).orderId()).isEqualTo("o-1");
	}

	static NewReview review(String text, String customerId, String orderId, String phone) {
		return new NewReview(ReviewSource.GOOGLE_PLAY, "x", 1, text, "Anna", AT, customerId, orderId, phone);
	}

	static OrderView order(String id, String number, String customer) {
		return new OrderView(new OrderId(id), number, "Tashkent", customer, "Dilnoza", "Rayhon", null, null, List.of(),
				Money.som(9_000), Money.som(54_000), PaymentMethod.CARD, PaymentStatus.PAID, OrderStatus.DELIVERED, AT,
				AT, AT, AT.minusSeconds(3600), List.of());
	}

	/** The order mirror's reads the matching uses, over a few orders and one phone. */
	record FakeOrders(Map<String, OrderView> byId, Map<String, String> customerByPhone) implements Orders {

		@Override
		public Optional<OrderView> find(OrderId id) {
			return Optional.ofNullable(this.byId.get(id.value()));
		}

		@Override
		public List<OrderId> idsByNumber(String number) {
			return this.byId.values().stream().filter(o -> o.number().equals(number)).map(OrderView::id).toList();
		}

		@Override
		public List<String> customersByPhone(String phone) {
			return PhoneDigits.of(phone).map(this.customerByPhone::get).map(List::of).orElse(List.of());
		}

		@Override
		public Optional<OrderView> findAsParty(OrderId id, Participant participant) {
			throw new UnsupportedOperationException();
		}

		@Override
		public List<OrderView> recentOf(String customerId, int limit) {
			throw new UnsupportedOperationException();
		}

		@Override
		public List<OrderVolume> volume(OrderVolume.By by, Instant since) {
			throw new UnsupportedOperationException();
		}

		@Override
		public List<MenuItem> menuOf(OrderId order) {
			throw new UnsupportedOperationException();
		}

		@Override
		public List<String> couriersByPhone(String phone) {
			throw new UnsupportedOperationException();
		}

		@Override
		public List<OrderView> recentOfCourier(String courierId, int limit) {
			throw new UnsupportedOperationException();
		}

	}

}
