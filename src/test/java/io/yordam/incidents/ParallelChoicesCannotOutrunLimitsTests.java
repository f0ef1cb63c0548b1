package io.yordam.incidents;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;

import io.yordam.access.OperatorId;
import io.yordam.access.OperatorRole;
import io.yordam.access.Operators;
import io.yordam.access.PlatformRole;
import io.yordam.access.PlatformTokens;
import io.yordam.access.PlatformUser;
import io.yordam.orders.PlatformEventBuilder;
import io.yordam.orders.PlatformProperties;
import io.yordam.support.FakePlatform;
import io.yordam.support.Http;
import io.yordam.support.Parallel;
import io.yordam.support.YordamTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 10, finding 1: limits can be outrun in parallel. Twenty decisions fired at once
 * must end exactly as twenty decisions one after the other would: the ledger is counted
 * afterwards.
 */
@YordamTest
class ParallelChoicesCannotOutrunLimitsTests {

	static final String SECRET = "parallel-limits-secret";

	static final tools.jackson.databind.json.JsonMapper JSON = tools.jackson.databind.json.JsonMapper.builder().build();

	static final FakePlatform PLATFORM = new FakePlatform(SECRET);

	// FOOD_QUALITY, plov gone cold, BONUS_CREDIT: the plov's price and 10 000 on top.
	static final long COMPENSATION = 100_000;

	static final int PARALLEL = 20;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("yordam.platform.secret", () -> SECRET);
		registry.add("yordam.platform.webhook-url", PLATFORM::url);
	}

	@AfterAll
	static void stop() {
		PLATFORM.down(false);
	}

	@LocalServerPort
	int port;

	@Autowired
	PlatformTokens tokens;

	@Autowired
	Operators operators;

	@Autowired
	PlatformProperties platform;

	@Autowired
	JdbcTemplate jdbc;

	Http http;

	@BeforeEach
	void setUp() {
		this.http = new Http(this.port);
	}

	@Test
	void twentyChoicesAtOnceByOneAgentNeverPayMoreThanTheShiftLimit() throws Exception {
		OperatorId agentId = register(OperatorRole.AGENT);
		String agent = this.operators.issueApiToken(agentId, "tests");
		long shiftLimit = settings(agent).path("settings").path("limits").path("AGENT").path("perShift").asLong();
		assertThat(shiftLimit).isEqualTo(600_000);
		// Twenty customers, one claim each: no abuse signal, only the agent's shift limit
		// stands between them and the money.
		List<String> incidents = new ArrayList<>();
		for (int i = 0; i < PARALLEL; i++) {
			Customer customer = customer();
			Case c = caseAbout(customer, order(customer), agent);
			incidents.add(openColdFood(c, agent, c.orderId()));
		}

		List<Integer> statuses = Parallel.all(incidents.stream()
			.map(id -> (Callable<Integer>) () -> this.http
				.post("/api/v1/agent/incidents/" + id + "/choice", Map.of("option", "BONUS_CREDIT"))
				.bearer(agent)
				.send()
				.status())
			.toList());

		assertThat(statuses).containsOnly(200);
		long allowed = shiftLimit / COMPENSATION;
		assertThat(paidBy(agentId.value().toString())).isEqualTo(allowed * COMPENSATION);
		assertThat(paymentsBy(agentId.value().toString())).isEqualTo(allowed);
		List<JsonNode> decided = incidents.stream().map(id -> incident(agent, id)).toList();
		assertThat(decided).filteredOn(i -> i.path("status").asString().equals("AWAITING_APPROVAL"))
			.hasSize(PARALLEL - (int) allowed)
			.allSatisfy(i -> assertThat(i.path("approvalReason").asString()).isEqualTo("over-shift-limit"));
		assertThat(decided).filteredOn(i -> i.path("status").asString().matches("IN_PROGRESS|RESOLVED"))
			.hasSize((int) allowed);
	}

	@Test
	void twentyChoicesAtOnceForOneCustomerNeverPassTheAbuseThreshold() throws Exception {
		OperatorId adminId = register(OperatorRole.ADMIN);
		String admin = this.operators.issueApiToken(adminId, "tests");
		// Flag a customer once 300 000 has been paid to them in 30 days; count claims
		// high
		// enough that only the money total decides.
		JsonNode current = settings(admin);
		Map<String, Object> changed = JSON.convertValue(current.path("settings"), Map.class);
		changed.put("abuse", Map.of("claimsIn30Days", 100, "compensatedIn30Days", 300_000, "claimsPerOrder", 2));
		Http.Response saved = this.http
			.put("/api/v1/agent/playbook-settings",
					Map.of("basedOn", current.path("version").asInt(), "settings", changed, "comment", "abuse at 300k"))
			.bearer(admin)
			.send();
		assertThat(saved.status()).as(saved.toString()).isEqualTo(200);

		// One customer, twenty orders, each claim opened and decided by an agent of its
		// own: only the customer's totals are shared between the twenty decisions.
		Customer customer = customer();
		List<String> agents = new ArrayList<>();
		for (int i = 0; i < PARALLEL; i++) {
			agents.add(this.operators.issueApiToken(register(OperatorRole.AGENT), "tests"));
		}
		Case c = caseAbout(customer, order(customer), agents.get(0));
		List<Callable<Integer>> choices = new ArrayList<>();
		List<String> incidents = new ArrayList<>();
		for (int i = 0; i < PARALLEL; i++) {
			String agent = agents.get(i);
			String id = openColdFood(c, agent, (i == 0) ? c.orderId() : order(customer));
			incidents.add(id);
			choices
				.add(() -> this.http.post("/api/v1/agent/incidents/" + id + "/choice", Map.of("option", "BONUS_CREDIT"))
					.bearer(agent)
					.send()
					.status());
		}

		List<Integer> statuses = Parallel.all(choices);

		long allowed = 300_000 / COMPENSATION;
		assertThat(paidTo(customer.id())).isEqualTo(allowed * COMPENSATION);
		assertThat(statuses).containsOnly(200);
		List<JsonNode> decided = incidents.stream().map(id -> incident(admin, id)).toList();
		assertThat(decided).filteredOn(i -> i.path("status").asString().equals("AWAITING_APPROVAL"))
			.hasSize(PARALLEL - (int) allowed)
			.allSatisfy(i -> assertThat(i.path("approvalReason").asString()).isEqualTo("abuse-signal"));
	}

	// --- the cases

	record Customer(String id, String token) {
	}

	record Case(String orderId, String conversationId, String ticketId) {
	}

	Customer customer() {
		String id = "c-" + UUID.randomUUID();
		return new Customer(id, this.tokens.issue(new PlatformUser(id, PlatformRole.CUSTOMER, "Malika Rasulova", "ru"),
				Duration.ofHours(1)));
	}

	OperatorId register(OperatorRole role) {
		String name = role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
		return this.operators.register(name, "Op " + name, "a-long-password", role, "ru");
	}

	String order(Customer customer) {
		PlatformEventBuilder event = PlatformEventBuilder.anOrderEvent()
			.customer(customer.id(), "Malika", "ru")
			.status("DELIVERED");
		byte[] body = Http.toJson(event.build());
		Http.Response response = this.http.postRaw("/api/v1/platform/events", body)
			.header("X-Yordam-Signature", this.platform.signature().sign(body))
			.send();
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		return event.orderId();
	}

	Case caseAbout(Customer customer, String orderId, String agent) {
		Http.Response started = this.http
			.post("/api/v1/conversations",
					Map.of("orderId", orderId, "text", "Еда холодная", "clientMessageId", "first"))
			.bearer(customer.token())
			.send();
		assertThat(started.status()).as(started.toString()).isEqualTo(201);
		String conversation = started.json().path("id").asString();
		String ticket = await().atMost(Duration.ofSeconds(10))
			.until(() -> this.http.get("/api/v1/agent/conversations/" + conversation + "/ticket").bearer(agent).send(),
					r -> r.status() == 200)
			.json()
			.path("id")
			.asString();
		return new Case(orderId, conversation, ticket);
	}

	String openColdFood(Case c, String agent, String orderId) {
		Http.Response opened = this.http
			.post("/api/v1/agent/tickets/" + c.ticketId() + "/incidents", Map.of("type", "FOOD_QUALITY", "orderId",
					orderId, "facts", Map.of("items", List.of("plov"), "problem", "COLD")))
			.bearer(agent)
			.send();
		assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
		assertThat(opened.json().path("offers"))
			.anySatisfy(o -> assertThat(o.path("option").asString()).isEqualTo("BONUS_CREDIT"));
		return opened.json().path("id").asString();
	}

	JsonNode settings(String token) {
		return this.http.get("/api/v1/agent/playbook-settings").bearer(token).send().json();
	}

	JsonNode incident(String token, String id) {
		return this.http.get("/api/v1/agent/incidents/" + id).bearer(token).send().json();
	}

	long paidBy(String actorId) {
		return this.jdbc.queryForObject("select coalesce(sum(amount), 0) from ledger_transactions where actor_id = ?",
				Long.class, actorId);
	}

	long paymentsBy(String actorId) {
		return this.jdbc.queryForObject("select count(*) from ledger_transactions where actor_id = ?", Long.class,
				actorId);
	}

	long paidTo(String customerId) {
		return this.jdbc.queryForObject(
				"select coalesce(sum(amount), 0) from ledger_transactions where customer_id = ?", Long.class,
				customerId);
	}

}
