package io.yordam.edges;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import io.yordam.access.OperatorId;
import io.yordam.access.OperatorRole;
import io.yordam.access.Operators;
import io.yordam.access.PlatformRole;
import io.yordam.access.PlatformTokens;
import io.yordam.access.PlatformUser;
import io.yordam.orders.PlatformEventBuilder;
import io.yordam.orders.PlatformProperties;
import io.yordam.support.Http;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A desk to throw bad input at: an agent, an admin, a customer with a delivered order and
 * a conversation about it (and its ticket).
 */
final class EdgeFixture {

	final Http http;

	final PlatformProperties platform;

	final String agent;

	final String admin;

	final String customerId = "c-" + UUID.randomUUID();

	final String customer;

	EdgeFixture(int port, PlatformTokens tokens, Operators operators, PlatformProperties platform) {
		this.http = new Http(port);
		this.platform = platform;
		this.agent = operator(operators, OperatorRole.AGENT);
		this.admin = operator(operators, OperatorRole.ADMIN);
		this.customer = tokens.issue(new PlatformUser(this.customerId, PlatformRole.CUSTOMER, "Malika", "ru"),
				Duration.ofHours(1));
	}

	private static String operator(Operators operators, OperatorRole role) {
		String name = role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
		OperatorId id = operators.register(name, "Op " + name, "a-long-password", role, "ru");
		return operators.issueApiToken(id, "tests");
	}

	/** A delivered order of the customer; its id. */
	String deliveredOrder() {
		PlatformEventBuilder event = PlatformEventBuilder.anOrderEvent()
			.customer(this.customerId, "Malika", "ru")
			.status("DELIVERED")
			.deliveredAt(Instant.now().minus(Duration.ofMinutes(20)));
		event.sendTo(this.http, this.platform.signature());
		return event.orderId();
	}

	/** The customer writes about the order; the ticket's id once it opens. */
	String ticketAbout(String orderId) {
		Http.Response started = this.http
			.post("/api/v1/conversations",
					Map.of("orderId", orderId, "text", "привезли не то", "clientMessageId", "m-" + UUID.randomUUID()))
			.bearer(this.customer)
			.send();
		assertThat(started.status()).as(started.toString()).isEqualTo(201);
		String conversation = started.json().path("id").asString();
		return await().atMost(Duration.ofSeconds(10))
			.until(() -> this.http.get("/api/v1/agent/conversations/" + conversation + "/ticket")
				.bearer(this.agent)
				.send(), r -> r.status() == 200)
			.json()
			.path("id")
			.asString();
	}

	/** A JSON body written as it is (as a careless client might), with a bearer token. */
	Http.Response send(String method, String path, String json, String token) {
		Http.Request request = "PUT".equals(method) ? this.http.put(path, json) : this.http.post(path, json);
		return request.bearer(token).send();
	}

	/** The one violation of a 400 problem. */
	static JsonNode violation(Http.Response response) {
		assertThat(response.status()).as(response.toString()).isEqualTo(400);
		assertThat(response.header("Content-Type")).contains("application/problem+json");
		JsonNode errors = response.json().path("errors");
		assertThat(errors).as(response.toString()).hasSize(1);
		return errors.get(0);
	}

}
