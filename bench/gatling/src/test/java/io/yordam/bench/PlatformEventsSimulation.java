package io.yordam.bench;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * Orders through their whole life cycle at a fixed arrival rate (an open model: the platform does not
 * wait for Yordam): each virtual order sends order.created, three status changes and order.delivered,
 * every one signed like the real platform's. Reports accepted events per second and latency.
 */
public class PlatformEventsSimulation extends Simulation {

	static final String BASE = System.getProperty("base", "http://127.0.0.1:8080");

	static final String SECRET = System.getProperty("secret", "demo-platform-secret-change-me");

	static final int ORDERS_PER_SECOND = Integer.getInteger("rate", 40);

	static final int SECONDS = Integer.getInteger("seconds", 30);

	static final List<String> LIFE = List.of("CREATED", "ACCEPTED", "COOKING", "ON_THE_WAY", "DELIVERED");

	HttpProtocolBuilder protocol = http.baseUrl(BASE).contentTypeHeader("application/json").shareConnections();

	ScenarioBuilder orders = scenario("an order's life").exec(session -> session.set("order", "gat-" + UUID.randomUUID()))
		.foreach(LIFE, "status")
		.on(exec(session -> {
			String body = event(session.getString("order"), session.getString("status"));
			return session.set("body", body).set("signature", sign(body));
		}).exec(http("event #{status}").post("/api/v1/platform/events")
			.header("X-Yordam-Signature", "#{signature}")
			.body(StringBody("#{body}"))
			.check(status().is(200))));

	{
		setUp(orders.injectOpen(constantUsersPerSec(ORDERS_PER_SECOND).during(SECONDS))).protocols(this.protocol)
			.assertions(global().failedRequests().count().is(0L));
	}

	static String event(String orderId, String status) {
		String type = switch (status) {
			case "CREATED" -> "order.created";
			case "DELIVERED" -> "order.delivered";
			default -> "order.status_changed";
		};
		Instant now = Instant.now();
		int customer = 1 + ThreadLocalRandom.current().nextInt(300);
		return """
				{"id":"%s","type":"%s","occurredAt":"%s","order":{"id":"%s","number":"G-%s","city":"Tashkent",
				"customer":{"id":"gat-c-%d","name":"Gatling Customer","phone":"+998900000000","locale":"ru"},
				"restaurant":{"id":"r-1","name":"Rayhon"},"courier":null,
				"items":[{"sku":"plov","name":"Plov","quantity":2,"unitPrice":45000}],
				"deliveryFee":9000,"total":99000,"currency":"UZS","payment":{"method":"CARD","status":"PAID"},
				"status":"%s","promisedAt":"%s","eta":"%s","deliveredAt":null,"timeline":[{"status":"%s","at":"%s"}]}}
				""".formatted(UUID.randomUUID(), type, now, orderId, orderId.substring(4, 12), customer, status,
				now.plusSeconds(2700), now.plusSeconds(2400), status, now);
	}

	/** t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">, signed when sent (docs/integration.md). */
	static String sign(String body) {
		try {
			long t = Instant.now().getEpochSecond();
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			mac.update((t + ".").getBytes(StandardCharsets.US_ASCII));
			return "t=" + t + ",v1=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
