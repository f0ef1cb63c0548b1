package io.yordam.tickets;

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
import io.yordam.support.Http;
import io.yordam.support.OperatorSession;
import io.yordam.support.Parallel;
import io.yordam.support.YordamTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 15 §4: an agent merges two tickets of one requester through the agent API and the
 * workspace; the history is kept and audited, the rules hold server-side, and parallel
 * merges merge once.
 */
@YordamTest
@RecordApplicationEvents
class TicketMergeHttpTests {

	@LocalServerPort
	int port;

	@Autowired
	PlatformTokens tokens;

	@Autowired
	Operators operators;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TicketMerges merges;

	Http http;

	String agentToken;

	String agentName;

	String customerId;

	String customer;

	@BeforeEach
	void setUp() {
		this.http = new Http(this.port);
		this.agentName = "agent-" + UUID.randomUUID().toString().substring(0, 8);
		OperatorId agent = this.operators.register(this.agentName, "Dilnoza Yusupova", "a-long-password",
				OperatorRole.AGENT, "ru");
		this.agentToken = this.operators.issueApiToken(agent, "tests");
		this.customerId = "c-" + UUID.randomUUID();
		this.customer = token(PlatformRole.CUSTOMER, this.customerId);
	}

	@Test
	void theMergedTicketIsClosedItsMessagesReadFromTheTargetAndBothAudited() {
		String firstConversation = start(this.customer, "Kola kelmadi");
		JsonNode source = ticketOf(firstConversation);
		JsonNode target = ticketOf(start(this.customer, "Buyurtma kechikmoqda"));
		String sourceId = source.path("id").asString();
		String targetId = target.path("id").asString();
		long targetNumber = target.path("number").asLong();
		String strangers = ticketOf(start(token(PlatformRole.CUSTOMER, "c-" + UUID.randomUUID()), "Salom")).path("id")
			.asString();

		JsonNode candidates = agent(this.http.get("/api/v1/agent/tickets/" + sourceId + "/merge-candidates")).json();
		assertThat(candidates.findValuesAsString("id")).contains(targetId).doesNotContain(sourceId, strangers);
		List<Long> numbers = new ArrayList<>();
		candidates.forEach(c -> numbers.add(c.path("number").asLong()));
		assertThat(numbers).contains(targetNumber);

		Http.Response merged = agent(
				this.http.post("/api/v1/agent/tickets/" + sourceId + "/merge", Map.of("into", targetNumber)));
		assertThat(merged.status()).as(merged.toString()).isEqualTo(200);
		assertThat(merged.json().path("number").asLong()).isEqualTo(targetNumber);

		assertThat(agent(this.http.get("/api/v1/agent/tickets/" + sourceId)).json().path("status").asString())
			.isEqualTo("CLOSED");
		assertThat(agent(this.http.get("/api/v1/agent/tickets/" + sourceId + "/merges")).json()
			.path("into")
			.path("number")
			.asLong()).isEqualTo(targetNumber);
		assertThat(agent(this.http.get("/api/v1/agent/tickets/" + targetId + "/merges")).json()
			.path("from")
			.findValuesAsString("id")).containsExactly(sourceId);
		assertThat(audit(sourceId, "merged-into")).containsExactly("#" + targetNumber + " Dilnoza Yusupova");
		assertThat(audit(targetId, "merged-from"))
			.containsExactly("#" + source.path("number").asLong() + " Dilnoza Yusupova");

		// The target's view reads the merged conversation; the merged one names the
		// target.
		OperatorSession session = session();
		String targetPage = session.get("/agent/tickets/" + targetId).text();
		assertThat(targetPage).contains("data-testid=\"merged-from\"").contains("Kola kelmadi");
		String sourcePage = session.get("/agent/tickets/" + sourceId).text();
		assertThat(sourcePage).contains("data-testid=\"merged-into\"").contains("#" + targetNumber);

		// The customer writes again in the merged conversation: the target is support's
		// turn again; the merged ticket stays closed and no follow-up opens.
		agent(this.http.post("/api/v1/agent/tickets/" + targetId + "/replies",
				Map.of("clientMessageId", "r-1", "text", "Tekshiryapmiz")));
		Http.Response again = this.http
			.post("/api/v1/conversations/" + firstConversation + "/messages",
					Map.of("clientMessageId", "c-again", "text", "Hali ham kelmadi"))
			.bearer(this.customer)
			.send();
		assertThat(again.status()).as(again.toString()).isLessThan(300);
		await().atMost(Duration.ofSeconds(10))
			.until(() -> agent(this.http.get("/api/v1/agent/tickets/" + targetId)).json().path("status").asString(),
					"OPEN"::equals);
		assertThat(this.jdbc.queryForObject("select count(*) from tickets where conversation_id = ?", Integer.class,
				UUID.fromString(firstConversation)))
			.isEqualTo(1);
		assertThat(session.get("/agent/tickets/" + targetId + "/merged").text()).contains("Hali ham kelmadi");
	}

	@Test
	void aChainOfMergesIsFollowedToItsOpenEnd() {
		String firstConversation = start(this.customer, "Birinchi xabar");
		JsonNode a = ticketOf(firstConversation);
		JsonNode b = ticketOf(start(this.customer, "Ikkinchi xabar"));
		JsonNode c = ticketOf(start(this.customer, "Uchinchi xabar"));
		String cId = c.path("id").asString();
		assertThat(agent(this.http.post("/api/v1/agent/tickets/" + a.path("id").asString() + "/merge",
				Map.of("into", b.path("number").asLong())))
			.status()).isEqualTo(200);
		assertThat(agent(this.http.post("/api/v1/agent/tickets/" + b.path("id").asString() + "/merge",
				Map.of("into", c.path("number").asLong())))
			.status()).isEqualTo(200);

		// C reads both: B merged into it, and A merged into B.
		assertThat(agent(this.http.get("/api/v1/agent/tickets/" + cId + "/merges")).json()
			.path("from")
			.findValuesAsString("id")).containsExactly(a.path("id").asString(), b.path("id").asString());
		agent(this.http.post("/api/v1/agent/tickets/" + cId + "/replies",
				Map.of("clientMessageId", "r-chain", "text", "Tekshiryapmiz")));

		// The customer writes in A's conversation: C, the chain's open end, is support's
		// turn.
		this.http
			.post("/api/v1/conversations/" + firstConversation + "/messages",
					Map.of("clientMessageId", "c-chain", "text", "Javob bormi?"))
			.bearer(this.customer)
			.send();
		await().atMost(Duration.ofSeconds(10))
			.until(() -> agent(this.http.get("/api/v1/agent/tickets/" + cId)).json().path("status").asString(),
					"OPEN"::equals);
		assertThat(session().get("/agent/tickets/" + cId).text()).contains("Birinchi xabar")
			.contains("Ikkinchi xabar")
			.contains("Javob bormi?");
	}

	@Test
	void theRulesAreTheServersAndEachRefusalNamesTheField() {
		JsonNode a = ticketOf(start(this.customer, "Birinchi"));
		JsonNode b = ticketOf(start(this.customer, "Ikkinchi"));
		String aId = a.path("id").asString();
		String bId = b.path("id").asString();
		long aNumber = a.path("number").asLong();
		long bNumber = b.path("number").asLong();
		// The same id as a courier is somebody else.
		long couriers = ticketOf(start(token(PlatformRole.COURIER, this.customerId), "Kuryer")).path("number").asLong();

		assertRefused(aId, Map.of(), "into", "required");
		assertRefused(aId, Map.of("into", 999_999_999L), "into", "known-ticket");
		assertRefused(aId, Map.of("into", aNumber), "into", "other-ticket");
		assertRefused(aId, Map.of("into", couriers), "into", "same-requester");
		assertRefused(aId, Map.of("into", "#" + bNumber), "into", "type");
		Http.Response broken = agent(this.http
			.postRaw("/api/v1/agent/tickets/" + aId + "/merge",
					"{\"into\": ".getBytes(java.nio.charset.StandardCharsets.UTF_8))
			.contentType("application/json"));
		assertThat(broken.status()).isEqualTo(400);

		assertThat(agent(this.http.post("/api/v1/agent/tickets/" + aId + "/merge", Map.of("into", bNumber))).status())
			.isEqualTo(200);
		// A cycle: B into A, now merged (closed).
		assertRefused(bId, Map.of("into", aNumber), "into", "open-ticket");
		// A again: it is closed.
		Http.Response twice = agent(this.http.post("/api/v1/agent/tickets/" + aId + "/merge", Map.of("into", bNumber)));
		assertThat(twice.status()).isEqualTo(409);
		assertThat(twice.json().path("rule").asString()).isEqualTo("ticket-closed");
		assertThat(
				agent(this.http.post("/api/v1/agent/tickets/" + UUID.randomUUID() + "/merge", Map.of("into", bNumber)))
					.status())
			.isEqualTo(404);
		assertThat(audit(aId, "merged-into")).hasSize(1);
	}

	@Test
	void onlyOperatorsMergeThroughEitherDoor() {
		String aId = ticketOf(start(this.customer, "Birinchi")).path("id").asString();
		JsonNode b = ticketOf(start(this.customer, "Ikkinchi"));
		Map<String, Object> body = Map.of("into", b.path("number").asLong());

		Http.Response byCustomer = this.http.post("/api/v1/agent/tickets/" + aId + "/merge", body)
			.bearer(this.customer)
			.send();
		assertThat(byCustomer.status()).isEqualTo(401);
		// Without a token: refused (a POST without a session meets the CSRF check first).
		assertThat(this.http.post("/api/v1/agent/tickets/" + aId + "/merge", body).send().status()).isIn(401, 403);
		assertThat(this.http.get("/api/v1/agent/tickets/" + aId + "/merge-candidates").send().status()).isEqualTo(401);
		assertThat(this.http.post("/agent/tickets/" + aId + "/merge", body).bearer(this.customer).send().status())
			.isIn(401, 403);
		assertThat(audit(aId, "merged-into")).isEmpty();

		// An agent's session: the workspace's form.
		OperatorSession session = session();
		Http.Response refused = session.post("/agent/tickets/" + aId + "/merge", "into=" + 999_999_999L);
		assertThat(refused.status()).isEqualTo(400);
		// The rule's words, not the API's English detail.
		assertThat(refused.text()).isIn("Обращения с таким номером нет.", "Bunday raqamli murojaat yo'q.",
				"There is no ticket with this number.");
		Http.Response merged = session.post("/agent/tickets/" + aId + "/merge", "into=" + b.path("number").asLong());
		assertThat(merged.status()).isEqualTo(204);
		assertThat(merged.header("HX-Redirect")).isEqualTo("/agent/tickets/" + b.path("id").asString());
		assertThat(audit(aId, "merged-into")).hasSize(1);
	}

	@Test
	void mergesRacingOnOneTicketMergeItOnce(ApplicationEvents events) throws Exception {
		JsonNode a = ticketOf(start(this.customer, "Birinchi"));
		JsonNode b = ticketOf(start(this.customer, "Ikkinchi"));
		String aId = a.path("id").asString();
		String bId = b.path("id").asString();
		List<Callable<Integer>> calls = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			calls.add(() -> agent(this.http.post("/api/v1/agent/tickets/" + aId + "/merge",
					Map.of("into", b.path("number").asLong())))
				.status());
		}
		// And the other way round at the same time: A into B and B into A cannot both be.
		for (int i = 0; i < 4; i++) {
			calls.add(() -> agent(this.http.post("/api/v1/agent/tickets/" + bId + "/merge",
					Map.of("into", a.path("number").asLong())))
				.status());
		}
		List<Integer> statuses = Parallel.all(calls);

		assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
		assertThat(statuses).allMatch(s -> s == 200 || s == 409 || s == 400);
		int intoRows = count("merged-into", aId) + count("merged-into", bId);
		assertThat(intoRows).isEqualTo(1);
		assertThat(count("merged-from", aId) + count("merged-from", bId)).isEqualTo(1);
		assertThat(this.jdbc.queryForObject("select count(*) from tickets where id in (?, ?) and status = 'CLOSED'",
				Integer.class, UUID.fromString(aId), UUID.fromString(bId)))
			.isEqualTo(1);

		// The fact is published once, as a typed event.
		JsonNode c = ticketOf(start(this.customer, "Uchinchi"));
		JsonNode d = ticketOf(start(this.customer, "To'rtinchi"));
		this.merges.merge(new TicketId(UUID.fromString(c.path("id").asString())), d.path("number").asLong(),
				this.operators.find(this.agentName).orElseThrow());
		assertThat(events.stream(TicketsMerged.class)).singleElement()
			.satisfies(e -> assertThat(e.mergedNumber()).isEqualTo(c.path("number").asLong()))
			.satisfies(e -> assertThat(e.intoNumber()).isEqualTo(d.path("number").asLong()))
			.satisfies(e -> assertThat(e.requester().id()).isEqualTo(this.customerId));
	}

	private void assertRefused(String id, Map<String, Object> body, String field, String rule) {
		Http.Response response = agent(this.http.post("/api/v1/agent/tickets/" + id + "/merge", body));
		assertThat(response.status()).as(response.toString()).isEqualTo(400);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		assertThat(response.json().path("errors").get(0).path("field").asString()).isEqualTo(field);
		assertThat(response.json().path("errors").get(0).path("rule").asString()).isEqualTo(rule);
	}

	private List<String> audit(String ticketId, String action) {
		return this.jdbc.queryForList(
				"select detail || ' ' || actor_name from ticket_audit where ticket_id = ? and action = ?", String.class,
				UUID.fromString(ticketId), action);
	}

	private int count(String action, String ticketId) {
		return audit(ticketId, action).size();
	}

	private String token(PlatformRole role, String id) {
		return this.tokens.issue(new PlatformUser(id, role, "Jasur Toshmatov", "uz"), Duration.ofHours(1));
	}

	private OperatorSession session() {
		OperatorSession session = OperatorSession.open(this.http);
		assertThat(session.login(this.agentName, "a-long-password").header("Location")).doesNotContain("login");
		return session;
	}

	private String start(String token, String text) {
		Http.Response response = this.http
			.post("/api/v1/conversations", Map.of("text", text, "clientMessageId", UUID.randomUUID().toString()))
			.bearer(token)
			.send();
		assertThat(response.status()).as(response.toString()).isEqualTo(201);
		return response.json().path("id").asString();
	}

	private JsonNode ticketOf(String conversationId) {
		return await().atMost(Duration.ofSeconds(10))
			.until(() -> agent(this.http.get("/api/v1/agent/conversations/" + conversationId + "/ticket")),
					r -> r.status() == 200)
			.json();
	}

	private Http.Response agent(Http.Request request) {
		return request.bearer(this.agentToken).send();
	}

}
