package io.yordam.orders;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;

import io.yordam.support.Http;
import io.yordam.support.Parallel;
import io.yordam.support.YordamTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static io.yordam.orders.PlatformEventBuilder.anOrderEvent;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The batch door (issue 14: thousands of events a second arrive as batches): one signed
 * request, one transaction, each event exactly once however often and however
 * concurrently the batch is sent, and a bad event refusing the whole batch by its index.
 */
@YordamTest
class PlatformEventBatchHttpTests {

	@LocalServerPort
	int port;

	@Autowired
	PlatformProperties platform;

	@Autowired
	Orders orders;

	@Autowired
	JdbcTemplate jdbc;

	Http http;

	@BeforeEach
	void setUp() {
		this.http = new Http(this.port);
	}

	Http.Response send(Object batch) {
		byte[] body = Http.toJson(batch);
		return this.http.postRaw("/api/v1/platform/events/batch", body)
			.header("X-Yordam-Signature", this.platform.signature().sign(body))
			.send();
	}

	/** Two orders: the first created and then on the way, the second created. */
	static List<Map<String, Object>> twoOrders(String first, String second) {
		Instant t0 = Instant.now().minusSeconds(60);
		return List.of(anOrderEvent().id("e-" + UUID.randomUUID()).order(first).at(t0).build(),
				anOrderEvent().id("e-" + UUID.randomUUID()).order(second).at(t0).build(),
				anOrderEvent().id("e-" + UUID.randomUUID())
					.order(first)
					.type("order.status_changed")
					.status("ON_THE_WAY")
					.at(t0.plusSeconds(30))
					.build());
	}

	@Test
	void aBatchIsAppliedInItsOrderAndASecondSendingChangesNothing() {
		String first = "o-" + UUID.randomUUID();
		String second = "o-" + UUID.randomUUID();
		Map<String, Object> batch = Map.of("events", twoOrders(first, second));
		Http.Response response = send(batch);
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		assertThat(response.json().path("events").valueStream().map(e -> e.path("outcome").asString()))
			.containsExactly("applied", "applied", "applied");
		assertThat(this.orders.find(new OrderId(first)).orElseThrow().status()).isEqualTo(OrderStatus.ON_THE_WAY);
		assertThat(this.orders.find(new OrderId(second)).orElseThrow().status()).isEqualTo(OrderStatus.CREATED);

		Http.Response again = send(batch);
		assertThat(again.status()).isEqualTo(200);
		assertThat(again.json().path("events").valueStream().map(e -> e.path("outcome").asString()))
			.containsExactly("duplicate", "duplicate", "duplicate");
		assertThat(stored(first, second)).isEqualTo(3);
	}

	@Test
	void theSameBatchSentEightTimesAtOnceIsTakenOnce() throws Exception {
		String first = "o-" + UUID.randomUUID();
		String second = "o-" + UUID.randomUUID();
		Map<String, Object> batch = Map.of("events", twoOrders(first, second));
		List<Callable<Integer>> sends = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			sends.add(() -> send(batch).status());
		}
		assertThat(Parallel.all(sends)).containsOnly(200);
		assertThat(stored(first, second)).isEqualTo(3);
		assertThat(this.jdbc.queryForObject("select count(*) from orders where id in (?, ?)", Integer.class, first,
				second))
			.isEqualTo(2);
		assertThat(this.jdbc.queryForObject("select count(*) from order_timeline where order_id = ?", Integer.class,
				first))
			.isEqualTo(2);
	}

	@Test
	void aBadEventRefusesTheBatchByItsIndexAndNothingIsStored() {
		String first = "o-" + UUID.randomUUID();
		String second = "o-" + UUID.randomUUID();
		List<Map<String, Object>> events = twoOrders(first, second);
		@SuppressWarnings("unchecked")
		Map<String, Object> order = (Map<String, Object>) events.get(1).get("order");
		order.put("total", -1);
		Http.Response response = send(Map.of("events", events));
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.header("Content-Type")).contains("application/problem+json");
		assertThat(response.problemFields()).containsExactly("events[1].order.total");
		assertThat(stored(first, second)).isZero();
		assertThat(this.orders.find(new OrderId(first))).isEmpty();
	}

	@Test
	void anEmptyOrOversizedOrUnsignedBatchIsRefused() {
		assertThat(send(Map.of("events", List.of())).problemFields()).containsExactly("events");
		List<Map<String, Object>> many = new ArrayList<>();
		for (int i = 0; i <= PlatformEventBatch.MAX_EVENTS; i++) {
			many.add(anOrderEvent().id("e-" + UUID.randomUUID()).build());
		}
		Http.Response tooMany = send(Map.of("events", many));
		assertThat(tooMany.status()).isEqualTo(400);
		assertThat(tooMany.problemFields()).containsExactly("events");
		String first = "o-" + UUID.randomUUID();
		byte[] body = Http.toJson(Map.of("events", twoOrders(first, "o-" + UUID.randomUUID())));
		assertThat(this.http.postRaw("/api/v1/platform/events/batch", body).send().status()).isEqualTo(401);
		assertThat(this.orders.find(new OrderId(first))).isEmpty();
	}

	private int stored(String first, String second) {
		return this.jdbc.queryForObject("select count(*) from platform_events where order_id in (?, ?)", Integer.class,
				first, second);
	}

}
