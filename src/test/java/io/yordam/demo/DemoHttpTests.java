package io.yordam.demo;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.yordam.access.Operators;
import io.yordam.orders.OrderId;
import io.yordam.orders.OrderView;
import io.yordam.orders.Orders;
import io.yordam.orders.PaymentMethod;
import io.yordam.orders.PlatformProperties;
import io.yordam.support.Http;
import io.yordam.support.YordamTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The demo platform's endpoints over real HTTP, with the background traffic off. */
@YordamTest
@TestPropertySource(properties = { "yordam.demo.enabled=true", "yordam.demo.simulator.enabled=false" })
class DemoHttpTests {

	@LocalServerPort
	int port;

	@Autowired
	PlatformProperties platform;

	@Autowired
	Orders orders;

	@Autowired
	Operators operators;

	Http http;

	@BeforeEach
	void setUp() {
		this.http = new Http(this.port);
	}

	@Test
	void offersCustomersToPlayAndTokensForThem() {
		Http.Response customers = this.http.get("/demo/api/customers").send();
		assertThat(customers.status()).isEqualTo(200);
		assertThat(customers.json().size()).isEqualTo(24);
		assertThat(customers.json().get(0).path("id").asString()).isEqualTo("c-0001");

		Http.Response token = this.http.post("/demo/api/tokens", Map.of("userId", "c-0001")).send();
		assertThat(token.status()).as(token.toString()).isEqualTo(200);
		assertThat(token.json().path("token").asString()).isNotBlank();
		assertThat(token.json().path("user").path("role").asString()).isEqualTo("customer");
		assertThat(token.json().path("user").path("locale").asString()).isEqualTo("ru");

		Http.Response courier = this.http.post("/demo/api/tokens", Map.of("userId", "k-001")).send();
		assertThat(courier.json().path("user").path("role").asString()).isEqualTo("courier");
		assertThat(this.http.post("/demo/api/tokens", Map.of("userId", "nobody")).send().status()).isEqualTo(404);
		assertThat(this.operators.find("agent")).as("demo operators are created at startup").isPresent();
	}

	@Test
	void aPlacedOrderIsInYordamAtOnceAndTheCustomerCanWriteAboutIt() {
		Http.Response placed = this.http.post("/demo/api/customers/c-0002/orders", null).send();
		assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
		String orderId = placed.json().path("id").asString();

		OrderView order = this.orders.find(new OrderId(orderId)).orElseThrow();
		assertThat(order.customerId()).isEqualTo("c-0002");
		assertThat(order.total().som()).isEqualTo(placed.json().path("total").asLong());
		assertThat(this.http.get("/demo/api/customers/c-0002/orders").send().json().get(0).path("id").asString())
			.isEqualTo(orderId);

		String token = this.http.post("/demo/api/tokens", Map.of("userId", "c-0002"))
			.send()
			.json()
			.path("token")
			.asString();
		Http.Response chat = this.http
			.post("/api/v1/conversations",
					Map.of("orderId", orderId, "text", "Buyurtmam qayerda?", "clientMessageId", "m-1"))
			.bearer(token)
			.send();
		assertThat(chat.status()).as(chat.toString()).isEqualTo(201);
	}

	@Test
	void theWebhookChecksTheSignatureAndActsOncePerKey() {
		String orderId = this.http.post("/demo/api/customers/c-0003/orders", null).send().json().path("id").asString();
		byte[] body = Http
			.toJson(Map.of("idempotencyKey", "cash-1", "type", "order.switch_to_cash", "orderId", orderId));

		Http.Response forged = webhook(body, "sha256=00", "cash-1");
		Http.Response first = webhook(body, this.platform.signature().sign(body), "cash-1");
		Http.Response again = webhook(body, this.platform.signature().sign(body), "cash-1");

		assertThat(forged.status()).isEqualTo(401);
		assertThat(first.status()).as(first.toString()).isEqualTo(202);
		assertThat(first.header("X-Platform-Reference")).startsWith("PLT-");
		assertThat(again.header("X-Platform-Reference")).isEqualTo(first.header("X-Platform-Reference"));
		List<JsonNode> received = new ArrayList<>();
		this.http.get("/demo/api/platform/actions").send().json().forEach(received::add);
		assertThat(received).filteredOn(action -> action.path("orderId").asString().equals(orderId))
			.singleElement()
			.satisfies(action -> assertThat(action.path("type").asString()).isEqualTo("order.switch_to_cash"));
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(this.orders.find(new OrderId(orderId)).orElseThrow().paymentMethod())
				.isEqualTo(PaymentMethod.CASH));
	}

	private Http.Response webhook(byte[] body, String signature, String key) {
		return this.http.postRaw("/demo/platform/webhook", body)
			.header("X-Yordam-Signature", signature)
			.header("Idempotency-Key", key)
			.send();
	}

}
