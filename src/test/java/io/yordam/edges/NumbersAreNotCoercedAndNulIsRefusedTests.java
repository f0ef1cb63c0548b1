package io.yordam.edges;

import java.util.Map;

import io.yordam.access.Operators;
import io.yordam.access.PlatformTokens;
import io.yordam.orders.PlatformEventBuilder;
import io.yordam.orders.PlatformProperties;
import io.yordam.support.Http;
import io.yordam.support.YordamTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static io.yordam.edges.EdgeFixture.violation;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 10: "Numbers are coerced into enums ({"type":3} opened a WRONG_ORDER incident and
 * messaged the customer) and floats are truncated; a NUL character is refused." Each is a
 * 400 naming the field, and nothing happens.
 */
@YordamTest
class NumbersAreNotCoercedAndNulIsRefusedTests {

	@LocalServerPort
	int port;

	@Autowired
	PlatformTokens tokens;

	@Autowired
	Operators operators;

	@Autowired
	PlatformProperties platform;

	EdgeFixture desk;

	@BeforeEach
	void setUp() {
		this.desk = new EdgeFixture(this.port, this.tokens, this.operators, this.platform);
	}

	@Test
	void anIncidentTypeGivenAsANumberIsRefusedAndNeitherOpensAnIncidentNorWritesToTheCustomer() {
		String ticket = this.desk.ticketAbout(this.desk.deliveredOrder());
		String path = "/api/v1/agent/tickets/" + ticket + "/incidents";
		for (String type : new String[] { "3", "3.0", "true" }) {
			JsonNode refused = violation(this.desk.send("POST", path, "{\"type\":" + type + "}", this.desk.agent));
			assertThat(refused.path("field").asString()).as(type).isEqualTo("type");
			assertThat(refused.path("message").asString()).as(type).contains("one of").contains("WRONG_ORDER");
		}
		assertThat(this.desk.http.get(path).bearer(this.desk.agent).send().json()).isEmpty();
		JsonNode summary = this.desk.http.get("/api/v1/agent/tickets/" + ticket).bearer(this.desk.agent).send().json();
		JsonNode chat = this.desk.http
			.get("/api/v1/conversations/" + summary.path("conversationId").asString() + "/messages")
			.bearer(this.desk.customer)
			.send()
			.json();
		assertThat(chat).extracting(m -> m.path("authorKind").asString()).doesNotContain("SYSTEM");
	}

	@Test
	void aFloatOrAQuotedNumberIsNotTakenForAnInteger() {
		String ticket = this.desk.ticketAbout(this.desk.deliveredOrder());
		String conversation = this.desk.http.get("/api/v1/agent/tickets/" + ticket)
			.bearer(this.desk.agent)
			.send()
			.json()
			.path("conversationId")
			.asString();
		String read = "/api/v1/conversations/" + conversation + "/read";
		for (String seq : new String[] { "2.9", "\"3\"", "true", "1e400", "99999999999999999999" }) {
			JsonNode refused = violation(this.desk.send("POST", read, "{\"seq\":" + seq + "}", this.desk.customer));
			assertThat(refused.path("field").asString()).as(seq).isEqualTo("seq");
			assertThat(refused.path("message").asString()).as(seq).contains("whole number");
		}
		assertThat(this.desk.send("POST", read, "{\"seq\":1}", this.desk.customer).status()).isIn(200, 204);

		JsonNode basedOn = violation(this.desk.send("PUT", "/api/v1/agent/playbook-settings",
				"{\"basedOn\":1.9,\"settings\":{}}", this.desk.admin));
		assertThat(basedOn.path("field").asString()).isEqualTo("basedOn");

		// A number is not a time (it was read as 1970, and a first event "from 1970" was
		// answered as taken while nothing was stored).
		Map<String, Object> event = new java.util.HashMap<>(PlatformEventBuilder.anOrderEvent().build());
		event.put("occurredAt", 0);
		byte[] body = Http.toJson(event);
		Http.Response numericTime = this.desk.http.postRaw("/api/v1/platform/events", body)
			.header("X-Yordam-Signature", this.platform.signature().sign(body))
			.send();
		JsonNode time = violation(numericTime);
		assertThat(time.path("field").asString()).isEqualTo("occurredAt");
		assertThat(time.path("message").asString()).contains("date and time");

		JsonNode helpful = violation(this.desk.send("POST", "/api/v1/kb/articles/delivery-fee/feedback",
				"{\"helpful\":1}", this.desk.agent));
		assertThat(helpful.path("field").asString()).isEqualTo("helpful");
	}

	@Test
	void aNulCharacterInAnyStringIsRefusedNamingTheField() {
		String order = this.desk.deliveredOrder();
		JsonNode start = violation(this.desk.send("POST", "/api/v1/conversations",
				"{\"orderId\":\"" + order + "\",\"text\":\"a\\u0000b\",\"clientMessageId\":\"m-1\"}",
				this.desk.customer));
		assertThat(start.path("field").asString()).isEqualTo("text");
		assertThat(start.path("rule").asString()).isEqualTo("no-nul");

		String ticket = this.desk.ticketAbout(order);
		String conversation = this.desk.http.get("/api/v1/agent/tickets/" + ticket)
			.bearer(this.desk.agent)
			.send()
			.json()
			.path("conversationId")
			.asString();
		JsonNode message = violation(this.desk.send("POST", "/api/v1/conversations/" + conversation + "/messages",
				"{\"clientMessageId\":\"m-\\u0000\",\"text\":\"hello\"}", this.desk.customer));
		assertThat(message.path("field").asString()).isEqualTo("clientMessageId");

		byte[] body = Http.toJson(PlatformEventBuilder.anOrderEvent().customer("c-nul", "Ma\u0000lika", "ru").build());
		Http.Response event = this.desk.http.postRaw("/api/v1/platform/events", body)
			.header("X-Yordam-Signature", this.platform.signature().sign(body))
			.send();
		assertThat(violation(event).path("field").asString()).isEqualTo("order.customer.name");

		JsonNode classify = violation(
				this.desk.send("POST", "/api/v1/agent/bot/classify", "{\"text\":\"\\u0000\"}", this.desk.agent));
		assertThat(classify.path("field").asString()).isEqualTo("text");
		assertThat(this.desk.http.post("/api/v1/agent/tickets/" + ticket + "/notes", Map.of("body", "x\u0000y"))
			.bearer(this.desk.agent)
			.send()
			.problemFields()).containsExactly("body");
	}

}
