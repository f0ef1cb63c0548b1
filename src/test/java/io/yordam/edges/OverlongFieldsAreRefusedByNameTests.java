package io.yordam.edges;

import java.util.ArrayList;
import java.util.List;
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
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static io.yordam.edges.EdgeFixture.violation;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 10: "Overlong fields give 500 (incident facts over 4 000 characters, 2 000 items,
 * KB bodies, playbook settings, page=2147483647)". Each is a 400 naming the field, and
 * nothing is written.
 */
@YordamTest
class OverlongFieldsAreRefusedByNameTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

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
	void incidentFactsOverTheirSizesAreRefusedNamingTheFieldAndOpenNothing() {
		String ticket = this.desk.ticketAbout(this.desk.deliveredOrder());
		String path = "/api/v1/agent/tickets/" + ticket + "/incidents";

		Http.Response longNote = this.desk.http
			.post(path, Map.of("type", "WRONG_ORDER", "facts", Map.of("note", "x".repeat(4001))))
			.bearer(this.desk.agent)
			.send();
		assertThat(violation(longNote).path("field").asString()).isEqualTo("facts.note");

		List<String> items = new ArrayList<>();
		for (int i = 0; i < 2000; i++) {
			items.add("sku-" + i);
		}
		Http.Response manyItems = this.desk.http
			.post(path, Map.of("type", "WRONG_ORDER", "facts", Map.of("items", items)))
			.bearer(this.desk.agent)
			.send();
		assertThat(violation(manyItems).path("field").asString()).isEqualTo("facts.items");

		Http.Response longItem = this.desk.http
			.post(path, Map.of("type", "WRONG_ORDER", "facts", Map.of("items", List.of("s".repeat(65)))))
			.bearer(this.desk.agent)
			.send();
		assertThat(violation(longItem).path("field").asString()).startsWith("facts.items[0]");

		assertThat(this.desk.http.get(path).bearer(this.desk.agent).send().json()).isEmpty();
	}

	@Test
	void knowledgeBaseTextsOverTheirStoredSizeAreRefusedNamingTheField() {
		String path = "/api/v1/agent/kb/articles/overlong-" + System.nanoTime();
		Http.Response longBody = this.desk.http
			.put(path, Map.of("category", "GENERAL", "content", Map.of("ru", text("Заголовок", "a".repeat(8001)))))
			.bearer(this.desk.admin)
			.send();
		assertThat(violation(longBody).path("field").asString()).isEqualTo("content.ru.body");

		// Each text within its 8 000 characters, but escaped (every line break is two
		// characters in JSON) the three no longer fit the stored draft.
		String lines = "a\n".repeat(4000);
		Http.Response together = this.desk.http
			.put(path,
					Map.of("category", "GENERAL", "content",
							Map.of("ru", text("Т", lines), "uz", text("T", lines), "en", text("T", lines))))
			.bearer(this.desk.admin)
			.send();
		assertThat(violation(together).path("field").asString()).isEqualTo("content");
		assertThat(this.desk.http.get(path).bearer(this.desk.admin).send().status()).isEqualTo(404);
	}

	@Test
	void playbookSettingsOutOfBoundsAreRefusedNamingTheField() {
		JsonNode current = this.desk.http.get("/api/v1/agent/playbook-settings").bearer(this.desk.admin).send().json();
		int version = current.path("version").asInt();

		ObjectNode brackets = settings(current);
		var list = brackets.putArray("lateBrackets");
		for (int i = 1; i <= 11; i++) {
			list.addObject().put("minutesLate", i * 10).put("amount", i * 1000);
		}
		assertThat(violation(save(version, brackets, null)).path("field").asString()).isEqualTo("lateBrackets");

		ObjectNode huge = settings(current);
		huge.put("foodQualityCompensation", 9_000_000_000_000_000L);
		assertThat(violation(save(version, huge, null)).path("field").asString()).isEqualTo("foodQualityCompensation");

		ObjectNode roles = settings(current);
		((ObjectNode) roles.path("limits")).putObject("X".repeat(10_000)).put("perAction", 1).put("perShift", 1);
		assertThat(violation(save(version, roles, null)).path("field").asString()).isEqualTo("limits");

		assertThat(violation(save(version, settings(current), "c".repeat(501))).path("field").asString())
			.isEqualTo("comment");
		assertThat(this.desk.http.get("/api/v1/agent/playbook-settings")
			.bearer(this.desk.admin)
			.send()
			.json()
			.path("version")
			.asInt()).isEqualTo(version);
	}

	@Test
	void pagingBeyondReasonIsRefusedNamingTheParameter() {
		Http.Response farPage = this.desk.http.get("/api/v1/agent/tickets?page=2147483647")
			.bearer(this.desk.agent)
			.send();
		assertThat(violation(farPage).path("field").asString()).isEqualTo("page");
		Http.Response hugePage = this.desk.http.get("/api/v1/agent/tickets?size=100000").bearer(this.desk.agent).send();
		assertThat(violation(hugePage).path("field").asString()).isEqualTo("size");
		Http.Response notANumber = this.desk.http.get("/api/v1/agent/tickets?page=abc").bearer(this.desk.agent).send();
		JsonNode mistyped = violation(notANumber);
		assertThat(mistyped.path("field").asString()).isEqualTo("page");
		assertThat(mistyped.path("message").asString()).contains("whole number");
		Http.Response beyondInt = this.desk.http.get("/api/v1/agent/tickets?page=99999999999")
			.bearer(this.desk.agent)
			.send();
		assertThat(violation(beyondInt).path("field").asString()).isEqualTo("page");

		String ticket = this.desk.ticketAbout(this.desk.deliveredOrder());
		JsonNode conversation = this.desk.http.get("/api/v1/agent/tickets/" + ticket)
			.bearer(this.desk.agent)
			.send()
			.json();
		Http.Response manyMessages = this.desk.http
			.get("/api/v1/conversations/" + conversation.path("conversationId").asString() + "/messages?limit=100000")
			.bearer(this.desk.customer)
			.send();
		assertThat(violation(manyMessages).path("field").asString()).isEqualTo("limit");
	}

	@Test
	void otherOverlongIdsAreRefusedNamingTheField() {
		Http.Response classify = this.desk.http
			.post("/api/v1/agent/bot/classify", Map.of("text", "где заказ", "orderId", "o".repeat(65)))
			.bearer(this.desk.agent)
			.send();
		assertThat(violation(classify).path("field").asString()).isEqualTo("orderId");

		List<Map<String, Object>> lines = new ArrayList<>();
		for (int i = 0; i < 201; i++) {
			lines.add(PlatformEventBuilder.line("s" + i, "Item " + i, 1, 1000));
		}
		byte[] body = Http.toJson(PlatformEventBuilder.anOrderEvent().items(lines).build());
		Http.Response event = this.desk.http.postRaw("/api/v1/platform/events", body)
			.header("X-Yordam-Signature", this.platform.signature().sign(body))
			.send();
		assertThat(violation(event).path("field").asString()).isEqualTo("order.items");
	}

	private Http.Response save(int basedOn, ObjectNode settings, String comment) {
		ObjectNode body = JSON.createObjectNode();
		body.put("basedOn", basedOn);
		body.set("settings", settings);
		if (comment != null) {
			body.put("comment", comment);
		}
		else {
			// Every change says why (issue 13): here only the settings are out of bounds.
			body.put("reason", "bounds");
		}
		return this.desk.send("PUT", "/api/v1/agent/playbook-settings", JSON.writeValueAsString(body), this.desk.admin);
	}

	private static ObjectNode settings(JsonNode current) {
		return (ObjectNode) current.path("settings").deepCopy();
	}

	private static Map<String, String> text(String title, String body) {
		return Map.of("title", title, "body", body);
	}

}
