package io.yordam.demo;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.yordam.orders.PlatformProperties;
import io.yordam.orders.PlatformSignature;
import io.yordam.support.Http;
import io.yordam.support.YordamTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Finding 8 of issue 10, on the platform's side: the reference receiver (the demo
 * platform's webhook) preferred the unsigned {@code Idempotency-Key} header to the key in
 * the signed body, so a captured action replayed with a fresh header was done again. It
 * now takes the key from the signed body only, and refuses a request signed outside the
 * window.
 */
@YordamTest
@TestPropertySource(properties = { "yordam.demo.enabled=true", "yordam.demo.simulator.enabled=false" })
class ReferenceReceiverTrustsOnlySignedRequestsTests {

	@LocalServerPort
	int port;

	@Autowired
	PlatformProperties platform;

	@Autowired
	Clock clock;

	Http http;

	@BeforeEach
	void setUp() {
		this.http = new Http(this.port);
	}

	@Test
	void theReceiverIgnoresAnUnsignedIdempotencyKey() {
		String orderId = newOrder();
		String key = "signed-" + UUID.randomUUID();
		byte[] body = Http
			.toJson(Map.of("idempotencyKey", key, "type", "order.assign_new_courier", "orderId", orderId));

		Http.Response first = webhook(body, this.platform.signature().sign(body), "fresh-1");
		// The same signed body again, with another header key: a replay dressed up as
		// new.
		Http.Response replay = webhook(body, this.platform.signature().sign(body), "fresh-2");

		assertThat(first.status()).as(first.toString()).isEqualTo(202);
		assertThat(replay.status()).isEqualTo(202);
		assertThat(replay.header("X-Platform-Reference")).isEqualTo(first.header("X-Platform-Reference"));
		assertThat(received(orderId)).singleElement()
			.satisfies(action -> assertThat(action.path("idempotencyKey").asString()).isEqualTo(key));
	}

	@Test
	void aHeaderKeyCannotStandInForTheSignedOne() {
		String orderId = newOrder();
		byte[] body = Http.toJson(Map.of("type", "order.assign_new_courier", "orderId", orderId));

		Http.Response response = webhook(body, this.platform.signature().sign(body), "header-only");

		assertThat(response.status()).as(response.toString()).isEqualTo(400);
		assertThat(response.problemFields()).containsExactly("idempotencyKey");
		assertThat(received(orderId)).isEmpty();
	}

	@Test
	void anActionSignedOutsideTheWindowIsRefusedAndNotDone() {
		String orderId = newOrder();
		byte[] body = Http.toJson(Map.of("idempotencyKey", "old-" + UUID.randomUUID(), "type",
				"order.assign_new_courier", "orderId", orderId));
		String captured = this.platform.signature().sign(body, this.clock.instant().minus(Duration.ofMinutes(6)));

		Http.Response response = webhook(body, captured, null);

		assertThat(response.status()).isEqualTo(401);
		assertThat(response.json().path("rule").asString()).isEqualTo("signature-expired");
		assertThat(received(orderId)).isEmpty();
	}

	private String newOrder() {
		return this.http.post("/demo/api/customers/c-0005/orders", null).send().json().path("id").asString();
	}

	private List<JsonNode> received(String orderId) {
		List<JsonNode> received = new ArrayList<>();
		this.http.get("/demo/api/platform/actions").send().json().forEach(received::add);
		return received.stream().filter(a -> a.path("orderId").asString().equals(orderId)).toList();
	}

	private Http.Response webhook(byte[] body, String signature, String headerKey) {
		Http.Request request = this.http.postRaw("/demo/platform/webhook", body)
			.header(PlatformSignature.HEADER, signature);
		if (headerKey != null) {
			request.header("Idempotency-Key", headerKey);
		}
		return request.send();
	}

}
