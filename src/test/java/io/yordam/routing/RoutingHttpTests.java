package io.yordam.routing;

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
import io.yordam.support.MutableClock;
import io.yordam.support.OperatorSession;
import io.yordam.support.YordamTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Routing through its doors: who may read the roster and edit skills, what bad input
 * answers (and that it changes nothing), agents' own status, and a ticket going to the
 * agent who speaks the customer's language.
 */
@YordamTest
// A context (and database) of its own: agents online here must not take other tests'
// tickets.
@TestPropertySource(properties = "yordam.routing.test-context=http")
@Import(MutableClock.AppClock.class)
class RoutingHttpTests {

	@Autowired
	MutableClock clock;

	@LocalServerPort
	int port;

	@Autowired
	Operators operators;

	@Autowired
	PlatformTokens tokens;

	@Autowired
	JdbcTemplate jdbc;

	Http http;

	String agentToken;

	OperatorId agent;

	String supervisorToken;

	String adminToken;

	@BeforeEach
	void setUp() {
		this.http = new Http(this.port);
		this.agent = register("Dilnoza Yusupova", OperatorRole.AGENT);
		this.agentToken = this.operators.issueApiToken(this.agent, "tests");
		this.supervisorToken = this.operators.issueApiToken(register("Kamola Rahimova", OperatorRole.SUPERVISOR),
				"tests");
		this.adminToken = this.operators.issueApiToken(register("Bekzod Aliyev", OperatorRole.ADMIN), "tests");
	}

	@AfterEach
	void everyoneOffline() {
		this.jdbc.update("update agent_profiles set status = 'OFFLINE'");
	}

	OperatorId register(String name, OperatorRole role) {
		return this.operators.register("u-" + UUID.randomUUID().toString().substring(0, 8), name, "a-long-password",
				role, "ru");
	}

	Http.Response as(String token, Http.Request request) {
		return request.bearer(token).send();
	}

	Map<String, Object> skills(List<String> languages, List<String> lines, Object capacity) {
		return Map.of("languages", languages, "cities", List.of("Tashkent"), "lines", lines, "secondLine", false,
				"capacity", capacity);
	}

	@Test
	void anAgentMayNeitherReadTheRosterNorEditSkillsNotEvenTheirOwn() {
		String path = "/api/v1/agent/agents/" + this.agent.value() + "/skills";
		Map<String, Object> body = skills(List.of("uz"), List.of("COURIERS"), 5);
		assertThat(as(this.agentToken, this.http.put(path, body)).status()).isEqualTo(403);
		assertThat(as(this.agentToken, this.http.get("/api/v1/agent/agents")).status()).isEqualTo(403);
		// Even a malformed body: the role is refused before the body is read.
		assertThat(as(this.agentToken, this.http.put(path, "{not json")).status()).isEqualTo(403);
		assertThat(this.jdbc.queryForObject("select count(*) from agent_profiles where operator_id = ?", Long.class,
				this.agent.value()))
			.isZero();

		Http.Response bySupervisor = as(this.supervisorToken, this.http.put(path, body));
		assertThat(bySupervisor.status()).as(bySupervisor.toString()).isEqualTo(200);
		assertThat(bySupervisor.json().path("capacity").asInt()).isEqualTo(5);
		assertThat(bySupervisor.json().path("skills").path("languages").get(0).asString()).isEqualTo("uz");

		Http.Response byAdmin = as(this.adminToken,
				this.http.put(path, skills(List.of("ru", "en"), List.of("CUSTOMERS_PARTNERS", "COURIERS"), 4)));
		assertThat(byAdmin.status()).isEqualTo(200);
		JsonNode roster = as(this.supervisorToken, this.http.get("/api/v1/agent/agents")).json();
		JsonNode mine = null;
		for (JsonNode row : roster) {
			if (row.path("id").asString().equals(this.agent.value().toString())) {
				mine = row;
			}
		}
		assertThat(mine).isNotNull();
		assertThat(mine.path("displayName").asString()).isEqualTo("Dilnoza Yusupova");
		assertThat(mine.path("capacity").asInt()).isEqualTo(4);
		assertThat(mine.path("status").asString()).isEqualTo("OFFLINE");
	}

	@Test
	void unknownSkillsAndACapacityBelowOneAreProblemsNamingTheFieldsAndChangeNothing() {
		String path = "/api/v1/agent/agents/" + this.agent.value() + "/skills";
		assertThat(
				as(this.supervisorToken, this.http.put(path, skills(List.of("ru"), List.of("COURIERS"), 2))).status())
			.isEqualTo(200);

		Http.Response bad = as(this.supervisorToken, this.http.put(path, Map.of("languages", List.of("fr"), "cities",
				List.of("Paris"), "lines", List.of("VIP"), "secondLine", true, "capacity", 0)));
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.header("Content-Type")).contains("application/problem+json");
		assertThat(bad.problemFields()).containsExactlyInAnyOrder("languages", "cities", "lines", "capacity");

		Http.Response badCapacity = as(this.supervisorToken,
				this.http.put(path, skills(List.of("uz"), List.of("COURIERS"), -1)));
		assertThat(badCapacity.problemFields()).containsExactly("capacity");

		JsonNode after = as(this.supervisorToken, this.http.get("/api/v1/agent/agents")).json();
		for (JsonNode row : after) {
			if (row.path("id").asString().equals(this.agent.value().toString())) {
				assertThat(row.path("capacity").asInt()).isEqualTo(2);
				assertThat(row.path("skills").path("languages").toString()).isEqualTo("[\"ru\"]");
				assertThat(row.path("skills").path("secondLine").asBoolean()).isFalse();
			}
		}
		assertThat(as(this.supervisorToken, this.http.put("/api/v1/agent/agents/" + UUID.randomUUID() + "/skills",
				skills(List.of("ru"), List.of("COURIERS"), 2)))
			.status()).isEqualTo(404);
	}

	@Test
	void anAgentSetsTheirOwnStatusAndSeesTheirLoad() {
		Http.Response online = as(this.agentToken,
				this.http.put("/api/v1/agent/me/status", Map.of("status", "ONLINE")));
		assertThat(online.status()).isEqualTo(200);
		assertThat(online.json().path("status").asString()).isEqualTo("ONLINE");
		assertThat(online.json().path("openChats").asInt()).isZero();
		assertThat(online.json().path("capacity").asInt()).isEqualTo(3);

		Http.Response unknown = as(this.agentToken, this.http.put("/api/v1/agent/me/status", Map.of("status", "BUSY")));
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.problemFields()).containsExactly("status");
		assertThat(as(this.agentToken, this.http.get("/api/v1/agent/me/availability")).json().path("status").asString())
			.isEqualTo("ONLINE");
		assertThat(this.http.get("/api/v1/agent/me/availability").send().status()).isEqualTo(401);
	}

	@Test
	void aTicketGoesToTheAgentWhoSpeaksTheCustomersLanguageWithTheReasonInTheAuditTrail() {
		OperatorId russian = register("Olga Petrova", OperatorRole.AGENT);
		OperatorId uzbek = register("Aziz Karimov", OperatorRole.AGENT);
		String russianToken = this.operators.issueApiToken(russian, "tests");
		String uzbekToken = this.operators.issueApiToken(uzbek, "tests");
		as(this.supervisorToken, this.http.put("/api/v1/agent/agents/" + russian.value() + "/skills",
				skills(List.of("ru"), List.of("CUSTOMERS_PARTNERS"), 3)));
		as(this.supervisorToken, this.http.put("/api/v1/agent/agents/" + uzbek.value() + "/skills",
				skills(List.of("uz"), List.of("CUSTOMERS_PARTNERS"), 3)));
		as(russianToken, this.http.put("/api/v1/agent/me/status", Map.of("status", "ONLINE")));
		as(uzbekToken, this.http.put("/api/v1/agent/me/status", Map.of("status", "ONLINE")));

		String customer = this.tokens.issue(
				new PlatformUser("c-" + UUID.randomUUID(), PlatformRole.CUSTOMER, "Jasur Toshmatov", "uz"),
				Duration.ofHours(1));
		String conversation = this.http
			.post("/api/v1/conversations",
					Map.of("text", "Buyurtmam qayerda?", "clientMessageId", UUID.randomUUID().toString()))
			.bearer(customer)
			.send()
			.json()
			.path("id")
			.asString();
		JsonNode ticket = await().atMost(Duration.ofSeconds(15)).until(() -> {
			Http.Response r = as(uzbekToken, this.http.get("/api/v1/agent/conversations/" + conversation + "/ticket"));
			return (r.status() == 200) ? r.json() : null;
		}, t -> t != null && !t.path("assigneeId").isNull() && !t.path("assigneeId").isMissingNode());
		assertThat(ticket.path("assigneeName").asString()).isEqualTo("Aziz Karimov");
		assertThat(ticket.path("status").asString()).isEqualTo("OPEN");
		JsonNode audit = as(uzbekToken,
				this.http.get("/api/v1/agent/tickets/" + ticket.path("id").asString() + "/audit"))
			.json();
		assertThat(audit.toString()).contains("routed").contains("Aziz Karimov: speaks uz, load 1/3");
		assertThat(as(uzbekToken, this.http.get("/api/v1/agent/me/availability")).json().path("openChats").asInt())
			.isEqualTo(1);
	}

	@Test
	void theAgentsPageIsForSupervisorsAndABadEditChangesNothing() {
		String username = "s-" + UUID.randomUUID().toString().substring(0, 8);
		this.operators.register(username, "Nodira Saidova", "a-long-password", OperatorRole.SUPERVISOR, "ru");
		String agentName = "a-" + UUID.randomUUID().toString().substring(0, 8);
		OperatorId other = this.operators.register(agentName, "Rustam Qodirov", "a-long-password", OperatorRole.AGENT,
				"ru");

		OperatorSession asAgent = OperatorSession.open(this.http);
		asAgent.login(agentName, "a-long-password");
		assertThat(asAgent.get("/agent/agents").status()).isEqualTo(403);
		assertThat(asAgent
			.post("/agent/agents/" + this.agent.value() + "/skills", "languages=uz&lines=COURIERS&capacity=9")
			.status()).isEqualTo(403);

		OperatorSession asSupervisor = OperatorSession.open(this.http);
		asSupervisor.login(username, "a-long-password");
		Http.Response page = asSupervisor.get("/agent/agents");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.text()).contains("Rustam Qodirov");
		Http.Response refused = asSupervisor.post("/agent/agents/" + other.value() + "/skills",
				"languages=uz&lines=COURIERS&capacity=0");
		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.text()).contains("data-testid=\"skills-error\"").contains("capacity");
		assertThat(this.jdbc.queryForList("select capacity from agent_profiles where operator_id = ?", Integer.class,
				other.value()))
			.allMatch(c -> c == 3);
		Http.Response saved = asSupervisor.post("/agent/agents/" + other.value() + "/skills",
				"languages=uz&languages=ru&lines=COURIERS&secondLine=true&capacity=5");
		assertThat(saved.status()).isEqualTo(302);
		assertThat(this.jdbc.queryForObject("select capacity from agent_profiles where operator_id = ?", Integer.class,
				other.value()))
			.isEqualTo(5);
		assertThat(asSupervisor.get("/agent/tokens").text()).contains("data-testid=\"availability\"");
	}

	@Test
	void anOnlineAgentWithoutActivityBecomesAwayAndIsBackWithTheirNextHeartbeat() {
		as(this.agentToken, this.http.put("/api/v1/agent/me/status", Map.of("status", "ONLINE")));
		this.clock.advance(Duration.ofMinutes(6));
		await().atMost(Duration.ofSeconds(10))
			.until(() -> as(this.agentToken, this.http.get("/api/v1/agent/me/availability")).json()
				.path("status")
				.asString(), "AWAY"::equals);
		Http.Response back = as(this.agentToken, this.http.post("/api/v1/agent/me/heartbeat", null));
		assertThat(back.json().path("status").asString()).isEqualTo("ONLINE");

		// Away by their own choice stays away, whatever the heartbeat says.
		as(this.agentToken, this.http.put("/api/v1/agent/me/status", Map.of("status", "AWAY")));
		assertThat(as(this.agentToken, this.http.post("/api/v1/agent/me/heartbeat", null)).json()
			.path("status")
			.asString()).isEqualTo("AWAY");
	}

	@Test
	void onlyTheCustomerSeesTheirPlaceAndTheWaitIsUnknownWithNobodyOnline() {
		String customer = this.tokens.issue(
				new PlatformUser("c-" + UUID.randomUUID(), PlatformRole.CUSTOMER, "Jasur Toshmatov", "uz"),
				Duration.ofHours(1));
		String stranger = this.tokens.issue(
				new PlatformUser("c-" + UUID.randomUUID(), PlatformRole.CUSTOMER, "Boshqa Mijoz", "uz"),
				Duration.ofHours(1));
		String conversation = this.http
			.post("/api/v1/conversations", Map.of("text", "Salom", "clientMessageId", UUID.randomUUID().toString()))
			.bearer(customer)
			.send()
			.json()
			.path("id")
			.asString();
		JsonNode queue = await().atMost(Duration.ofSeconds(10))
			.until(() -> this.http.get("/api/v1/conversations/" + conversation + "/queue")
				.bearer(customer)
				.send()
				.json(), q -> q.path("place").asInt() >= 1);
		assertThat(queue.path("waitMinutes").isNull()).as("nobody online: unknown").isTrue();
		assertThat(this.http.get("/api/v1/conversations/" + conversation + "/queue").bearer(stranger).send().status())
			.isEqualTo(404);

		as(this.agentToken, this.http.put("/api/v1/agent/me/status", Map.of("status", "ONLINE")));
		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.http.get("/api/v1/conversations/" + conversation + "/queue")
				.bearer(customer)
				.send()
				.json()
				.path("place")
				.asInt(), p -> p == 0);
	}

}
