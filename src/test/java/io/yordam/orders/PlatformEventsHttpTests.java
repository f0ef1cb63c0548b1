package io.yordam.orders;

import java.time.Instant;
import java.util.Map;

import io.yordam.support.Http;
import io.yordam.support.YordamTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static io.yordam.orders.PlatformEventBuilder.anOrderEvent;
import static org.assertj.core.api.Assertions.assertThat;

@YordamTest
class PlatformEventsHttpTests {

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

	Http.Response send(Object event) {
		byte[] body = Http.toJson(event);
		return this.http.postRaw("/api/v1/platform/events", body)
			.header("X-Yordam-Signature", this.platform.signature().sign(body))
			.send();
	}

	@Test
	void aSignedEventCreatesTheOrder() {
		PlatformEventBuilder event = anOrderEvent();
		Http.Response response = send(event.build());
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		assertThat(response.json().path("outcome").asString()).isEqualTo("applied");
		OrderView order = this.orders.find(new OrderId(event.orderId())).orElseThrow();
		assertThat(order.status()).isEqualTo(OrderStatus.CREATED);
		assertThat(order.items()).hasSize(2);
		assertThat(order.total().som()).isEqualTo(104000);
		assertThat(order.timeline()).hasSize(1);
	}

	/**
	 * Found by the fuzz test: a new order's first event dated before 1970 left the order
	 * half-filled, the store refused it, and the answer was "duplicate" while nothing had
	 * been kept.
	 */
	@Test
	void aFailedEventIsNeverAnsweredAsADuplicate() {
		PlatformEventBuilder event = anOrderEvent().at(Instant.parse("1969-12-31T23:59:59Z"));
		Http.Response response = send(event.build());
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		assertThat(response.json().path("outcome").asString()).isEqualTo("applied");
		assertThat(this.orders.find(new OrderId(event.orderId()))).isPresent();
	}

	@Test
	void aWrongOrMissingSignatureIsRefusedAndStoresNothing() {
		PlatformEventBuilder event = anOrderEvent();
		byte[] body = Http.toJson(event.build());
		Http.Response unsigned = this.http.postRaw("/api/v1/platform/events", body).send();
		Http.Response forged = this.http.postRaw("/api/v1/platform/events", body)
			.header("X-Yordam-Signature", new PlatformSignature("not-the-platform-secret").sign(body))
			.send();
		assertThat(unsigned.status()).isEqualTo(401);
		assertThat(forged.status()).isEqualTo(401);
		assertThat(this.orders.find(new OrderId(event.orderId()))).isEmpty();
		assertThat(storedEvents(event.eventId())).isZero();
	}

	@Test
	void invalidJsonIsA400() {
		Http.Response response = send("{\"id\": \"e-1\", ");
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.header("Content-Type")).contains("application/problem+json");
	}

	@Test
	void aMissingFieldIsNamedAndNothingIsStored() {
		PlatformEventBuilder event = anOrderEvent();
		Map<String, Object> body = event.build();
		@SuppressWarnings("unchecked")
		Map<String, Object> order = (Map<String, Object>) body.get("order");
		order.put("customer", Map.of("name", "No Id"));
		Http.Response response = send(body);
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.problemFields()).contains("order.customer.id");
		assertThat(this.orders.find(new OrderId(event.orderId()))).isEmpty();
		assertThat(storedEvents(event.eventId())).isZero();
	}

	@Test
	void anUnknownStatusIsNamed() {
		Map<String, Object> body = anOrderEvent().build();
		@SuppressWarnings("unchecked")
		Map<String, Object> order = (Map<String, Object>) body.get("order");
		order.put("status", "TELEPORTED");
		Http.Response response = send(body);
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.problemFields()).containsExactly("order.status");
	}

	/**
	 * Found by the fuzz test on PostgreSQL: an instant a billion years away parses as
	 * JSON but no timestamp column holds it, so it was a 500 instead of a named field.
	 */
	@Test
	void anInstantNoOrderCanHaveIsNamedAndNothingIsStored() {
		PlatformEventBuilder event = anOrderEvent().at(Instant.MIN)
			.deliveredAt(Instant.parse("+100000-01-01T00:00:00Z"));
		Http.Response response = send(event.build());
		assertThat(response.status()).as(response.toString()).isEqualTo(400);
		assertThat(response.problemFields()).contains("occurredAt", "order.deliveredAt");
		assertThat(this.orders.find(new OrderId(event.orderId()))).isEmpty();
		assertThat(storedEvents(event.eventId())).isZero();
	}

	@Test
	void anUnknownEventTypeIsNamed() {
		Http.Response response = send(anOrderEvent().type("order.exploded").build());
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.problemFields()).containsExactly("type");
	}

	@Test
	void theSameEventTwiceIsStoredOnce() {
		PlatformEventBuilder event = anOrderEvent();
		Map<String, Object> body = event.build();
		assertThat(send(body).status()).isEqualTo(200);
		Http.Response again = send(body);
		assertThat(again.status()).isEqualTo(200);
		assertThat(again.json().path("outcome").asString()).isEqualTo("duplicate");
		assertThat(storedEvents(event.eventId())).isOne();
	}

	@Test
	void eventsOutOfOrderNeverMoveTheOrderBack() {
		Instant t0 = Instant.parse("2026-11-23T09:00:00Z");
		String orderId = "o-ooo-" + System.nanoTime();
		assertThat(send(anOrderEvent().order(orderId).at(t0).build()).status()).isEqualTo(200);
		assertThat(send(anOrderEvent().order(orderId)
			.type("order.delivered")
			.status("DELIVERED")
			.at(t0.plusSeconds(3000))
			.step("CREATED", t0)
			.step("DELIVERED", t0.plusSeconds(3000))
			.build()).status()).isEqualTo(200);
		// The "cooking" event was delayed on its way and arrives last.
		assertThat(send(anOrderEvent().order(orderId)
			.type("order.status_changed")
			.status("COOKING")
			.at(t0.plusSeconds(600))
			.step("CREATED", t0)
			.step("COOKING", t0.plusSeconds(600))
			.build()).status()).isEqualTo(200);
		OrderView order = this.orders.find(new OrderId(orderId)).orElseThrow();
		assertThat(order.status()).isEqualTo(OrderStatus.DELIVERED);
		assertThat(order.timeline()).extracting(OrderView.Step::status)
			.containsExactly(OrderStatus.CREATED, OrderStatus.COOKING, OrderStatus.DELIVERED);
	}

	@Test
	void aLaterStatusEventWithAnOlderTimestampStillCannotRegress() {
		Instant t0 = Instant.parse("2026-11-23T10:00:00Z");
		String orderId = "o-reg-" + System.nanoTime();
		send(anOrderEvent().order(orderId).status("ON_THE_WAY").at(t0).build());
		send(anOrderEvent().order(orderId)
			.type("order.status_changed")
			.status("ACCEPTED")
			.at(t0.plusSeconds(5))
			.build());
		assertThat(this.orders.find(new OrderId(orderId)).orElseThrow().status()).isEqualTo(OrderStatus.ON_THE_WAY);
	}

	/**
	 * One event sent eight times at once is stored once; eight different events of one
	 * order at once all land (a lost race on the order is tried again, not a 500).
	 */
	@Test
	void theSameEventAtOnceIsStoredOnceAndOneOrdersEventsAtOnceAllLand() throws Exception {
		PlatformEventBuilder event = anOrderEvent();
		Map<String, Object> body = event.build();
		java.util.List<java.util.concurrent.Callable<Integer>> copies = new java.util.ArrayList<>();
		for (int i = 0; i < 8; i++) {
			copies.add(() -> send(body).status());
		}
		assertThat(io.yordam.support.Parallel.all(copies)).containsOnly(200);
		assertThat(storedEvents(event.eventId())).isOne();

		java.util.List<java.util.concurrent.Callable<Integer>> steps = new java.util.ArrayList<>();
		java.util.List<String> ids = new java.util.ArrayList<>();
		for (int i = 0; i < 8; i++) {
			String id = "e-" + java.util.UUID.randomUUID();
			ids.add(id);
			Map<String, Object> step = anOrderEvent().id(id)
				.order(event.orderId())
				.type("order.eta_changed")
				.at(Instant.now().plusSeconds(i))
				.build();
			steps.add(() -> send(step).status());
		}
		assertThat(io.yordam.support.Parallel.all(steps)).containsOnly(200);
		assertThat(ids).allSatisfy(id -> assertThat(storedEvents(id)).isOne());
	}

	private int storedEvents(String id) {
		return this.jdbc.queryForObject("select count(*) from platform_events where id = ?", Integer.class, id);
	}

}
