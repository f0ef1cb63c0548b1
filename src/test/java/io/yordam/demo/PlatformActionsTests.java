package io.yordam.demo;

import io.yordam.support.MutableClock;
import java.time.Instant;
import java.util.Random;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import io.yordam.demo.PlatformActions.ActionRequest;
import io.yordam.orders.PaymentMethod;
import io.yordam.orders.PaymentStatus;
import io.yordam.orders.PlatformSignature;

import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

class PlatformActionsTests {

	private final DemoWorld world = DemoWorld.generate(42);

	private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));

	private final OrderLifecycle lifecycle = new OrderLifecycle(this.world, new Random(3), this.clock);

	private final DemoOutbox outbox = new DemoOutbox();

	private final DemoOrderBook book = new DemoOrderBook(this.lifecycle, new YordamClient(RestClient.create(),
			JsonMapper.builder().build(), new PlatformSignature("a-test-secret-of-16+"), null), this.outbox,
			this.clock);

	private final PlatformActions actions = new PlatformActions(this.book, this.lifecycle, this.clock);

	@AfterEach
	void stopSending() {
		this.outbox.close();
	}

	@Test
	void actsOncePerIdempotencyKey() {
		// Nothing is listening here: events the book sends to Yordam fail and are logged.
		this.outbox.close();
		DemoOrder order = this.book.open(this.world.customer("c-0002").orElseThrow());
		ActionRequest cash = request("order.switch_to_cash", order.id());

		PlatformActions.Receipt first = this.actions.receive("key-1", cash);
		order.paid();
		PlatformActions.Receipt again = this.actions.receive("key-1", cash);

		assertThat(first.applied()).isTrue();
		assertThat(again).isEqualTo(first);
		assertThat(order.paymentMethod()).as("not switched a second time").isEqualTo(PaymentMethod.CARD);
		assertThat(this.actions.received()).singleElement().satisfies(received -> {
			assertThat(received.reference()).isEqualTo(first.reference()).startsWith("PLT-");
			assertThat(received.type()).isEqualTo("order.switch_to_cash");
			assertThat(received.orderId()).isEqualTo(order.id());
		});
	}

	@Test
	void recordsWhatItCannotApply() {
		this.outbox.close();
		DemoOrder order = this.book.open(this.world.customer("c-0001").orElseThrow());

		PlatformActions.Receipt bonus = this.actions.receive("key-2", request("customer.credit_bonus", order.id()));
		PlatformActions.Receipt unknown = this.actions.receive("key-3", request("order.refund", "dm-from-last-week"));
		PlatformActions.Receipt refund = this.actions.receive("key-4", request("order.refund", order.id()));

		assertThat(bonus.applied()).isFalse();
		assertThat(unknown.applied()).isFalse();
		assertThat(refund.applied()).isTrue();
		assertThat(order.paymentStatus()).isEqualTo(PaymentStatus.REFUNDED);
		assertThat(this.actions.received()).extracting(PlatformActions.ReceivedAction::idempotencyKey)
			.containsExactly("key-2", "key-3", "key-4");
	}

	private static ActionRequest request(String type, String orderId) {
		return new ActionRequest(null, type, orderId, null, null, null, 9_000L, "test");
	}

}
