package io.yordam.notifications;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.yordam.access.OperatorId;
import io.yordam.access.OperatorRole;
import io.yordam.access.Operators;
import io.yordam.access.PlatformRole;
import io.yordam.access.PlatformTokens;
import io.yordam.access.PlatformUser;
import io.yordam.support.Http;
import io.yordam.support.OperatorSession;
import io.yordam.support.YordamTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Notifications through their doors: a supervisor's assignment and the customer's reply
 * reach the agent (and nobody else), opening the ticket reads them; another operator can
 * neither read nor mark them; bad input is a problem naming the field; settings are each
 * operator's own, by the API and by the page.
 */
@YordamTest
class NotificationHttpTests {

	static final String PASSWORD = "a-long-password";

	@LocalServerPort
	int port;

	@Autowired
	Operators operators;

	@Autowired
	PlatformTokens tokens;

	Http http;

	Operator agent;

	Operator other;

	Operator supervisor;

	@BeforeEach
	void setUp() {
		this.http = new Http(this.port);
		this.agent = operator(OperatorRole.AGENT);
		this.other = operator(OperatorRole.AGENT);
		this.supervisor = operator(OperatorRole.SUPERVISOR);
	}

	@Test
	void anAssignmentAndTheCustomersReplyReachTheAgentAndOpeningTheTicketReadsThem() {
		Courier courier = courier("Bekzod Yusupov");
		String ticket = ticketOf(courier);
		assign(ticket, this.agent);

		JsonNode told = awaitUnread(this.agent, 1);
		JsonNode item = told.path("items").get(0);
		assertThat(item.path("kind").asString()).isEqualTo("HANDOFF");
		assertThat(item.path("ticketId").asString()).isEqualTo(ticket);
		assertThat(item.path("ticketNumber").asLong()).isPositive();
		assertThat(item.path("customerName").asString()).isEqualTo("Bekzod Yusupov");
		assertThat(item.path("url").asString()).isEqualTo("/agent/tickets/" + ticket);
		assertThat(told.path("unreadByKind").path("HANDOFF").asInt()).isEqualTo(1);

		courierWrites(courier, "Mijozning manzili topilmadi");
		JsonNode replied = awaitUnread(this.agent, 2);
		assertThat(replied.path("items").get(0).path("kind").asString()).isEqualTo("CUSTOMER_REPLY");
		assertThat(replied.path("items").get(0).path("detail").asString()).isEqualTo("Mijozning manzili topilmadi");
		assertThat(state(this.other).path("unread").asInt()).as("another agent is told nothing").isZero();

		Http.Response read = this.http.post("/api/v1/agent/me/notifications/read", Map.of("ticketId", ticket))
			.bearer(this.agent.token)
			.send();
		assertThat(read.status()).as(read.toString()).isEqualTo(200);
		assertThat(read.json().path("unread").asInt()).isZero();
		assertThat(state(this.agent).path("items")).allSatisfy(n -> assertThat(n.path("read").asBoolean()).isTrue());
	}

	@Test
	void anAgentWhoClaimsATicketIsNotToldOfIt() {
		Courier courier = courier("Sardor");
		String ticket = ticketOf(courier);
		Http.Response claimed = this.http.post("/api/v1/agent/tickets/" + ticket + "/claim", null)
			.bearer(this.agent.token)
			.send();
		assertThat(claimed.status()).as(claimed.toString()).isEqualTo(200);
		// The claim's own event must have been heard: the customer's next message is.
		courierWrites(courier, "Hali ham kutyapman");
		JsonNode state = awaitUnread(this.agent, 1);
		await().during(Duration.ofSeconds(1))
			.atMost(Duration.ofSeconds(5))
			.until(() -> state(this.agent).path("unread").asInt() == 1);
		assertThat(state.path("items")).hasSize(1);
		assertThat(state.path("items").get(0).path("kind").asString()).isEqualTo("CUSTOMER_REPLY");
	}

	@Test
	void anotherOperatorCanNeitherReadNorMarkMyNotifications() {
		String ticket = ticketOf(courier("Jasur"));
		assign(ticket, this.agent);
		String id = awaitUnread(this.agent, 1).path("items").get(0).path("id").asString();

		Http.Response foreign = this.http.post("/api/v1/agent/me/notifications/read", Map.of("id", id))
			.bearer(this.other.token)
			.send();
		assertThat(foreign.status()).as(foreign.toString()).isEqualTo(404);
		this.http.post("/api/v1/agent/me/notifications/read", Map.of("all", true)).bearer(this.other.token).send();
		this.http.post("/api/v1/agent/me/notifications/read", Map.of("ticketId", ticket))
			.bearer(this.other.token)
			.send();
		assertThat(state(this.other).path("items")).isEmpty();
		assertThat(state(this.agent).path("unread").asInt()).as("still unread for its owner").isEqualTo(1);

		Http.Response mine = this.http.post("/api/v1/agent/me/notifications/read", Map.of("id", id))
			.bearer(this.agent.token)
			.send();
		assertThat(mine.json().path("unread").asInt()).isZero();
		assertThat(this.http.get("/api/v1/agent/me/notifications").send().status()).as("nobody signed in")
			.isEqualTo(401);
		String customer = this.tokens
			.issue(new PlatformUser("c-" + UUID.randomUUID(), PlatformRole.CUSTOMER, "Ali", "uz"), Duration.ofHours(1));
		assertThat(this.http.get("/api/v1/agent/me/notifications").bearer(customer).send().status())
			.as("a customer's token is no operator's")
			.isEqualTo(401);
	}

	@Test
	void badInputIsAProblemNamingTheField() {
		Map<String, Object> good = Map.of("sound", true, "desktop", true, "kinds", List.of("HANDOFF"));
		refused(put(Map.of("sound", "yes", "desktop", true, "kinds", List.of())), "sound");
		refused(put(Map.of("sound", true, "desktop", true, "kinds", List.of("HANDOFF", "FULL_MOON"))), "kinds[1]");
		refused(put(Map.of("sound", true, "kinds", List.of())), "desktop");
		refused(put(Map.of("sound", true, "desktop", true)), "kinds");
		refused(put(Map.of("sound", 1, "desktop", true, "kinds", List.of())), "sound");
		assertThat(put(good).status()).isEqualTo(200);

		refused(this.http.post("/api/v1/agent/me/notifications/read", Map.of("ticketId", "not-a-ticket"))
			.bearer(this.agent.token)
			.send(), "ticketId");
		refused(this.http.post("/api/v1/agent/me/notifications/read", Map.of()).bearer(this.agent.token).send(),
				"ticketId");
		refused(this.http.post("/api/v1/agent/me/notifications/read", Map.of("kind", "FULL_MOON"))
			.bearer(this.agent.token)
			.send(), "kind");
		refused(this.http.get("/api/v1/agent/me/notifications?limit=0").bearer(this.agent.token).send(), "limit");
		refused(this.http.get("/api/v1/agent/me/notifications?limit=many").bearer(this.agent.token).send(), "limit");
	}

	@Test
	void settingsAreEachOperatorsOwnByTheApiAndByThePage() {
		Http.Response saved = put(Map.of("sound", false, "desktop", true, "kinds", List.of("APPROVAL", "HANDOFF")));
		assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
		JsonNode mine = this.http.get("/api/v1/agent/me/notification-settings").bearer(this.agent.token).send().json();
		assertThat(mine.path("sound").asBoolean()).isFalse();
		assertThat(mine.path("kinds").toString()).contains("HANDOFF", "APPROVAL").doesNotContain("CUSTOMER_REPLY");
		JsonNode others = this.http.get("/api/v1/agent/me/notification-settings")
			.bearer(this.other.token)
			.send()
			.json();
		assertThat(others.path("sound").asBoolean()).as("another's settings are untouched").isTrue();
		assertThat(others.path("kinds")).hasSize(3);

		OperatorSession page = OperatorSession.open(this.http);
		page.login(this.other.username, PASSWORD);
		Http.Response shown = page.get("/agent/notifications?lang=en");
		assertThat(shown.status()).isEqualTo(200);
		assertThat(shown.text()).contains("data-testid=\"notify-settings\"").contains("Tell me about");
		Http.Response refused = page.post("/agent/notifications/settings", "sound=true&kinds=FULL_MOON");
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.text()).contains("data-field=\"kinds\"");
		Http.Response done = page.post("/agent/notifications/settings", "desktop=true&kinds=CUSTOMER_REPLY");
		assertThat(done.status()).isEqualTo(302);
		assertThat(done.header("Location")).endsWith("/agent/notifications?saved");
		JsonNode changed = this.http.get("/api/v1/agent/me/notification-settings")
			.bearer(this.other.token)
			.send()
			.json();
		assertThat(changed.path("sound").asBoolean()).isFalse();
		assertThat(changed.path("desktop").asBoolean()).isTrue();
		assertThat(changed.path("kinds").toString()).isEqualTo("[\"CUSTOMER_REPLY\"]");
		assertThat(this.http.get("/api/v1/agent/me/notification-settings")
			.bearer(this.agent.token)
			.send()
			.json()
			.path("sound")
			.asBoolean()).as("the page saved the signed-in operator's, nobody else's").isFalse();
		assertThat(page.get("/agent/tokens").text()).as("the bell is on every workspace page")
			.contains("data-testid=\"notifications\"")
			.contains(this.other.id.toString());
	}

	Http.Response put(Map<String, Object> body) {
		return this.http.put("/api/v1/agent/me/notification-settings", body).bearer(this.agent.token).send();
	}

	static void refused(Http.Response response, String field) {
		assertThat(response.status()).as(response.toString()).isEqualTo(400);
		assertThat(response.header("Content-Type")).contains("application/problem+json");
		assertThat(response.problemFields()).as(response.toString()).contains(field);
	}

	JsonNode state(Operator operator) {
		Http.Response response = this.http.get("/api/v1/agent/me/notifications").bearer(operator.token).send();
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		return response.json();
	}

	JsonNode awaitUnread(Operator operator, int unread) {
		return await().atMost(Duration.ofSeconds(15))
			.until(() -> state(operator), s -> s.path("unread").asInt() == unread);
	}

	void assign(String ticket, Operator to) {
		Http.Response assigned = this.http
			.post("/api/v1/agent/tickets/" + ticket + "/assignee", Map.of("assigneeId", to.id.value().toString()))
			.bearer(this.supervisor.token)
			.send();
		assertThat(assigned.status()).as(assigned.toString()).isEqualTo(200);
	}

	Operator operator(OperatorRole role) {
		String username = role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
		OperatorId id = this.operators.register(username, "Op " + username, PASSWORD, role, "ru");
		return new Operator(id, username, this.operators.issueApiToken(id, "tests"));
	}

	/**
	 * A courier's conversation: no bot in the way, the ticket goes straight to the queue.
	 */
	Courier courier(String name) {
		String token = this.tokens.issue(new PlatformUser("k-" + UUID.randomUUID(), PlatformRole.COURIER, name, "uz"),
				Duration.ofHours(1));
		Http.Response started = this.http
			.post("/api/v1/conversations",
					Map.of("text", "Buyurtma manzili noto'g'ri", "clientMessageId", UUID.randomUUID().toString()))
			.bearer(token)
			.send();
		assertThat(started.status()).as(started.toString()).isEqualTo(201);
		return new Courier(token, started.json().path("id").asString());
	}

	void courierWrites(Courier courier, String text) {
		Http.Response sent = this.http
			.post("/api/v1/conversations/" + courier.conversation + "/messages",
					Map.of("clientMessageId", UUID.randomUUID().toString(), "text", text))
			.bearer(courier.token)
			.send();
		assertThat(sent.status()).as(new String(sent.body(), StandardCharsets.UTF_8)).isBetween(200, 201);
	}

	String ticketOf(Courier courier) {
		return await().atMost(Duration.ofSeconds(10))
			.until(() -> this.http.get("/api/v1/agent/conversations/" + courier.conversation + "/ticket")
				.bearer(this.supervisor.token)
				.send(), r -> r.status() == 200)
			.json()
			.path("id")
			.asString();
	}

	record Operator(OperatorId id, String username, String token) {
	}

	record Courier(String token, String conversation) {
	}

}
