package io.yordam.macros;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;

import io.yordam.access.OperatorRole;
import io.yordam.access.Operators;
import io.yordam.access.PlatformRole;
import io.yordam.access.PlatformTokens;
import io.yordam.access.PlatformUser;
import io.yordam.orders.PlatformEventBuilder;
import io.yordam.orders.PlatformProperties;
import io.yordam.support.Http;
import io.yordam.support.OperatorSession;
import io.yordam.support.Parallel;
import io.yordam.support.YordamTest;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Macros over HTTP: the text for a ticket in its customer's language with the live
 * order's values, bad input refused by field with nothing changed, who may edit what on
 * every door, and a use counted exactly once per reply under parallel requests.
 */
@YordamTest
class MacroHttpTests {

	static final String APOLOGY = "00000000-0000-4000-8017-000000000002";

	static final String ETA_UPDATE = "00000000-0000-4000-8017-000000000005";

	static final String GREETING = "00000000-0000-4000-8017-000000000001";

	@LocalServerPort
	int port;

	@Autowired
	Operators operators;

	@Autowired
	PlatformTokens tokens;

	@Autowired
	PlatformProperties platform;

	@Autowired
	JdbcTemplate jdbc;

	Http http;

	@BeforeEach
	void setUp() {
		this.http = new Http(this.port);
	}

	record Staff(String username, String token) {
	}

	Staff staff(OperatorRole role) {
		String username = role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
		var id = this.operators.register(username, "Nodira " + role.name().toLowerCase(), "a-long-password", role,
				"ru");
		return new Staff(username, this.operators.issueApiToken(id, "tests"));
	}

	record TicketAbout(String ticketId, String orderNumber) {
	}

	/**
	 * A customer speaking the language wrote about their order; the ticket is linked to
	 * it.
	 */
	TicketAbout ticket(String customerName, String language) {
		String customerId = "c-macro-" + UUID.randomUUID().toString().substring(0, 8);
		PlatformEventBuilder order = PlatformEventBuilder.anOrderEvent()
			.customer(customerId, customerName, language)
			.status("ON_THE_WAY")
			.sendTo(this.http, this.platform.signature());
		String token = this.tokens.issue(new PlatformUser(customerId, PlatformRole.CUSTOMER, customerName, language),
				Duration.ofHours(1));
		String conversation = this.http
			.post("/api/v1/conversations",
					Map.of("orderId", order.orderId(), "text", "Qayerda buyurtmam?", "clientMessageId", "c1"))
			.bearer(token)
			.send()
			.json()
			.path("id")
			.asString();
		String ticketId = Awaitility.await()
			.atMost(Duration.ofSeconds(10))
			.until(() -> this.jdbc
				.queryForList("select id from tickets where conversation_id = ?", UUID.class,
						UUID.fromString(conversation))
				.stream()
				.findFirst()
				.map(UUID::toString)
				.orElse(null), java.util.Objects::nonNull);
		return new TicketAbout(ticketId, order.number());
	}

	static Map<String, Object> draft(boolean shared, String uzBody) {
		Map<String, Object> draft = new HashMap<>();
		draft.put("shared", shared);
		draft.put("step", "APOLOGY");
		draft.put("texts",
				Map.of("ru", Map.of("title", "Извините", "body", "Извините, {name}"), "uz",
						Map.of("title", "Uzr", "body", uzBody), "en",
						Map.of("title", "Sorry", "body", "Sorry, {name}, order {order}")));
		draft.put("actions", Map.of("tag", "sorry"));
		return draft;
	}

	int macroCount() {
		return this.jdbc.queryForObject("select count(*) from macros", Integer.class);
	}

	@Test
	void theTextComesInTheCustomersLanguageWithTheLiveOrdersValues() {
		Staff agent = staff(OperatorRole.AGENT);
		TicketAbout uz = ticket("Aziza Karimova", "uz");
		JsonNode apology = this.http.get("/api/v1/agent/macros/" + APOLOGY + "/preview?ticketId=" + uz.ticketId())
			.bearer(agent.token())
			.send()
			.json();
		assertThat(apology.path("language").asString()).isEqualTo("uz");
		assertThat(apology.path("text").asString()).startsWith("Aziza, " + uz.orderNumber() + " buyurtmangiz")
			.doesNotContain("{");
		assertThat(apology.path("title").asString()).isEqualTo("Извинение за опоздание");
		// No courier on the order yet: the variable stays for the agent to fill.
		JsonNode eta = this.http.get("/api/v1/agent/macros/" + ETA_UPDATE + "/preview?ticketId=" + uz.ticketId())
			.bearer(agent.token())
			.send()
			.json();
		assertThat(eta.path("text").asString()).contains("kuryer {courier} taxminan soat ").contains(uz.orderNumber());
		assertThat(eta.path("missing").get(0).asString()).isEqualTo("courier");
		TicketAbout en = ticket("John Smith", "en");
		JsonNode greeting = this.http.get("/api/v1/agent/macros/" + GREETING + "/preview?ticketId=" + en.ticketId())
			.bearer(agent.token())
			.send()
			.json();
		assertThat(greeting.path("text").asString()).startsWith("Hello John! I'm Nodira from customer support.");
	}

	@Test
	void badInputIsAProblemNamingTheFieldAndNothingChanges() {
		Staff agent = staff(OperatorRole.AGENT);
		int before = macroCount();
		// Empty, then too long.
		List<Http.Response> cases = List.of(
				this.http.post("/api/v1/agent/macros", draft(false, "  ")).bearer(agent.token()).send(),
				this.http.post("/api/v1/agent/macros", draft(false, "x".repeat(2001))).bearer(agent.token()).send());
		Http.Response unknown = this.http.post("/api/v1/agent/macros", draft(false, "Salom {mijoz}"))
			.bearer(agent.token())
			.send();
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.problemFields()).containsExactly("texts.uz.body");
		assertThat(unknown.text()).contains("{mijoz}");
		Map<String, Object> badAction = draft(false, "Salom {name}");
		badAction.put("actions", Map.of("status", "DELETED", "priority", "ASAP"));
		Http.Response action = this.http.post("/api/v1/agent/macros", badAction).bearer(agent.token()).send();
		assertThat(action.status()).isEqualTo(400);
		assertThat(action.problemFields()).containsExactlyInAnyOrder("actions.status", "actions.priority");
		Map<String, Object> badStep = draft(false, "Salom {name}");
		badStep.put("step", "GOODBYE");
		assertThat(this.http.post("/api/v1/agent/macros", badStep).bearer(agent.token()).send().problemFields())
			.containsExactly("step");
		assertThat(cases).allSatisfy(c -> {
			assertThat(c.status()).as(c.toString()).isEqualTo(400);
			assertThat(c.problemFields()).containsExactly("texts.uz.body");
		});
		assertThat(cases.get(0).json().path("errors").get(0).path("rule").asString()).isEqualTo("required");
		assertThat(cases.get(1).json().path("errors").get(0).path("rule").asString()).isEqualTo("length");
		// An edit that breaks a rule leaves the macro as it was.
		String id = this.http.post("/api/v1/agent/macros", draft(false, "Uzr, {name}"))
			.bearer(agent.token())
			.send()
			.json()
			.path("id")
			.asString();
		Http.Response edit = this.http.put("/api/v1/agent/macros/" + id, draft(false, "Uzr {unknown}"))
			.bearer(agent.token())
			.send();
		assertThat(edit.problemFields()).containsExactly("texts.uz.body");
		assertThat(this.http.get("/api/v1/agent/macros/" + id)
			.bearer(agent.token())
			.send()
			.json()
			.path("texts")
			.path("uz")
			.path("body")
			.asString()).isEqualTo("Uzr, {name}");
		assertThat(macroCount()).isEqualTo(before + 1);
	}

	@Test
	void everyoneReadsSharedAndOwnOnlyAdminsEditSharedEachAgentTheirOwn() {
		Staff agent = staff(OperatorRole.AGENT);
		Staff other = staff(OperatorRole.AGENT);
		Staff supervisor = staff(OperatorRole.SUPERVISOR);
		Staff admin = staff(OperatorRole.ADMIN);
		assertThat(this.http.get("/api/v1/agent/macros").send().status()).isEqualTo(401);
		// Shared: everyone reads, only an admin creates, edits or deletes.
		for (Staff who : List.of(agent, supervisor)) {
			Http.Response create = this.http.post("/api/v1/agent/macros", draft(true, "Uzr, {name}"))
				.bearer(who.token())
				.send();
			assertThat(create.status()).as(create.toString()).isEqualTo(403);
			assertThat(create.json().path("rule").asString()).isEqualTo("role");
			assertThat(this.http.put("/api/v1/agent/macros/" + GREETING, draft(false, "Salom"))
				.bearer(who.token())
				.send()
				.status()).isEqualTo(403);
			assertThat(this.http.delete("/api/v1/agent/macros/" + GREETING).bearer(who.token()).send().status())
				.isEqualTo(403);
			assertThat(this.http.get("/api/v1/agent/macros/" + GREETING).bearer(who.token()).send().status())
				.isEqualTo(200);
		}
		Http.Response shared = this.http.post("/api/v1/agent/macros", draft(true, "Uzr, {name}"))
			.bearer(admin.token())
			.send();
		assertThat(shared.status()).as(shared.toString()).isEqualTo(201);
		String sharedId = shared.json().path("id").asString();
		assertThat(this.http.put("/api/v1/agent/macros/" + sharedId, draft(true, "Uzr so'raymiz, {name}"))
			.bearer(admin.token())
			.send()
			.status()).isEqualTo(200);
		// Personal: the owner alone sees and changes it; to anybody else it does not
		// exist.
		Http.Response mine = this.http.post("/api/v1/agent/macros", draft(false, "Uzr, {name}"))
			.bearer(agent.token())
			.send();
		assertThat(mine.status()).isEqualTo(201);
		assertThat(mine.json().path("shared").asBoolean()).isFalse();
		String mineId = mine.json().path("id").asString();
		for (Staff who : List.of(other, admin)) {
			assertThat(this.http.get("/api/v1/agent/macros/" + mineId).bearer(who.token()).send().status())
				.isEqualTo(404);
			assertThat(this.http.put("/api/v1/agent/macros/" + mineId, draft(false, "x"))
				.bearer(who.token())
				.send()
				.status()).isEqualTo(404);
			assertThat(this.http.delete("/api/v1/agent/macros/" + mineId).bearer(who.token()).send().status())
				.isEqualTo(404);
			assertThat(this.http.get("/api/v1/agent/macros?scope=all&size=100")
				.bearer(who.token())
				.send()
				.json()
				.path("items")
				.findValuesAsString("id")).doesNotContain(mineId).contains(sharedId, GREETING);
		}
		assertThat(this.http.get("/api/v1/agent/macros?scope=mine")
			.bearer(agent.token())
			.send()
			.json()
			.path("items")
			.findValuesAsString("id")).containsExactly(mineId);
		assertThat(this.http.put("/api/v1/agent/macros/" + mineId, draft(false, "Uzr, {name}!"))
			.bearer(agent.token())
			.send()
			.status()).isEqualTo(200);
		assertThat(this.http.delete("/api/v1/agent/macros/" + mineId).bearer(agent.token()).send().status())
			.isEqualTo(204);
		assertThat(this.http.delete("/api/v1/agent/macros/" + sharedId).bearer(admin.token()).send().status())
			.isEqualTo(204);
	}

	@Test
	void searchFindsByTitleAndBodyInTheAgentsLanguageAndPages() {
		Staff agent = staff(OperatorRole.AGENT);
		JsonNode ru = this.http.get("/api/v1/agent/macros?q=ресторан&locale=ru").bearer(agent.token()).send().json();
		assertThat(ru.path("items").findValuesAsString("id")).contains("00000000-0000-4000-8017-000000000003");
		JsonNode uz = this.http.get("/api/v1/agent/macros?q=kuryer&locale=uz").bearer(agent.token()).send().json();
		assertThat(uz.path("items").findValuesAsString("id")).contains("00000000-0000-4000-8017-000000000004");
		JsonNode page = this.http.get("/api/v1/agent/macros?size=5&page=1").bearer(agent.token()).send().json();
		assertThat(page.path("items").size()).isEqualTo(5);
		assertThat(page.path("total").asLong()).isGreaterThanOrEqualTo(12);
		assertThat(this.http.get("/api/v1/agent/macros?size=500").bearer(agent.token()).send().problemFields())
			.containsExactly("size");
		assertThat(this.http.get("/api/v1/agent/macros?scope=everyone").bearer(agent.token()).send().problemFields())
			.containsExactly("scope");
	}

	@Test
	void aUseIsCountedOncePerReplyUnderParallelRequestsAndMarksItsStep() throws Exception {
		Staff admin = staff(OperatorRole.ADMIN);
		Staff agent = staff(OperatorRole.AGENT);
		TicketAbout ticket = ticket("Bobur Aliev", "ru");
		String id = this.http.post("/api/v1/agent/macros", draft(true, "Uzr, {name}"))
			.bearer(admin.token())
			.send()
			.json()
			.path("id")
			.asString();
		// The same reply reported twenty times at once counts once.
		String key = "reply-" + UUID.randomUUID();
		List<Callable<Http.Response>> same = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			same.add(() -> use(agent, id, ticket.ticketId(), key));
		}
		List<Http.Response> answers = Parallel.all(same);
		assertThat(answers).allSatisfy(r -> assertThat(r.status()).as(r.toString()).isEqualTo(200));
		assertThat(answers.stream().filter(r -> r.json().path("counted").asBoolean())).hasSize(1);
		assertThat(count(id)).isEqualTo(1);
		assertThat(this.jdbc.queryForObject("select count(*) from macro_uses where macro_id = ?", Integer.class,
				UUID.fromString(id)))
			.isEqualTo(1);
		// Twenty replies at once count twenty, none lost.
		List<Callable<Http.Response>> many = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			String own = "reply-" + UUID.randomUUID();
			many.add(() -> use(agent, id, ticket.ticketId(), own));
		}
		assertThat(Parallel.all(many)).allSatisfy(r -> assertThat(r.status()).as(r.toString()).isEqualTo(200));
		assertThat(count(id)).isEqualTo(21);
		// The step is done once, with who did it; the tag action ran.
		JsonNode steps = this.http.get("/api/v1/agent/macros/steps?ticketId=" + ticket.ticketId())
			.bearer(agent.token())
			.send()
			.json();
		assertThat(steps.findValuesAsString("step")).containsExactly("APOLOGY");
		assertThat(steps.get(0).path("by").asString()).isEqualTo("Nodira agent");
		assertThat(this.http.get("/api/v1/agent/tickets/" + ticket.ticketId())
			.bearer(agent.token())
			.send()
			.json()
			.path("tags")
			.findValuesAsString("tags")).isEmpty();
		assertThat(this.http.get("/api/v1/agent/tickets/" + ticket.ticketId())
			.bearer(agent.token())
			.send()
			.json()
			.path("tags")
			.toString()).contains("sorry");
		Http.Response badKey = use(agent, id, ticket.ticketId(), "x");
		assertThat(badKey.problemFields()).containsExactly("useKey");
	}

	Http.Response use(Staff who, String macroId, String ticketId, String key) {
		return this.http.post("/api/v1/agent/macros/" + macroId + "/uses", Map.of("ticketId", ticketId, "useKey", key))
			.bearer(who.token())
			.send();
	}

	long count(String macroId) {
		return this.jdbc.queryForObject("select usage_count from macros where id = ?", Long.class,
				UUID.fromString(macroId));
	}

	@Test
	void thePagesFollowTheSameRules() {
		Staff agent = staff(OperatorRole.AGENT);
		Staff admin = staff(OperatorRole.ADMIN);
		OperatorSession agentSession = OperatorSession.open(this.http);
		agentSession.login(agent.username(), "a-long-password");
		Http.Response list = agentSession.get("/agent/macros?q="
				+ java.net.URLEncoder.encode("Приветствие", java.nio.charset.StandardCharsets.UTF_8));
		assertThat(list.status()).isEqualTo(200);
		assertThat(list.text()).contains("data-testid=\"macro-row\"").doesNotContain("data-testid=\"macro-edit\"");
		assertThat(agentSession.get("/agent/macros/new?shared=true").status()).isEqualTo(403);
		assertThat(agentSession.get("/agent/macros/" + GREETING).status()).isEqualTo(403);
		String form = "shared=true&step=&ru.title=A&ru.body=B&uz.title=A&uz.body=B&en.title=A&en.body=B";
		assertThat(agentSession.post("/agent/macros", form).status()).isEqualTo(403);
		assertThat(agentSession.post("/agent/macros", "id=" + GREETING + "&" + form).status()).isEqualTo(403);
		assertThat(agentSession.post("/agent/macros/" + GREETING + "/delete", "").status()).isEqualTo(403);
		int before = macroCount();
		Http.Response bad = agentSession.post("/agent/macros",
				"shared=false&step=&ru.title=A&ru.body=B&uz.title=A&uz.body=Salom+%7Bism%7D&en.title=A&en.body=B");
		assertThat(bad.status()).isEqualTo(200);
		assertThat(bad.text()).contains("data-field=\"texts.uz.body\"");
		assertThat(macroCount()).isEqualTo(before);
		Http.Response saved = agentSession.post("/agent/macros",
				"shared=false&step=CLOSING&ru.title=A&ru.body=B&uz.title=A&uz.body=Xayr+%7Bname%7D&en.title=A&en.body=B");
		assertThat(saved.status()).isEqualTo(302);
		assertThat(macroCount()).isEqualTo(before + 1);
		OperatorSession adminSession = OperatorSession.open(this.http);
		adminSession.login(admin.username(), "a-long-password");
		assertThat(adminSession.get("/agent/macros/" + GREETING).status()).isEqualTo(200);
		Http.Response shared = adminSession.post("/agent/macros", form);
		assertThat(shared.status()).isEqualTo(302);
		String sharedId = shared.header("Location").replaceAll(".*/agent/macros/([0-9a-f-]+).*", "$1");
		assertThat(adminSession.post("/agent/macros/" + sharedId + "/delete", "").status()).isEqualTo(302);
		assertThat(macroCount()).isEqualTo(before + 1);
	}

}
