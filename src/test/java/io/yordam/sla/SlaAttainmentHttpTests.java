package io.yordam.sla;

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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * "% of SLAs met" through its doors: JSON, CSV and the page for supervisors and admins,
 * 403 for agents on each; a bad period is a problem naming {@code days}. The clock is
 * moved so that one agent answers in time and another's ticket breaches.
 * <p>
 * A context of its own (the property only sets it apart): the report counts every clock
 * in the database, and the empty state is read before this class's one test that makes
 * tickets has made any.
 */
@YordamTest
@Import(MutableClock.AppClock.class)
@TestPropertySource(properties = "yordam.sla.test-context=attainment")
class SlaAttainmentHttpTests {

	@LocalServerPort
	int port;

	@Autowired
	Operators operators;

	@Autowired
	PlatformTokens tokens;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MutableClock clock;

	Http http;

	@BeforeEach
	void setUp() {
		this.http = new Http(this.port);
	}

	@Test
	void anAgentIsRefusedOnEveryDoorASupervisorAndAnAdminAreServed() {
		String agent = token(OperatorRole.AGENT);
		for (String path : List.of("/api/v1/agent/sla/attainment", "/api/v1/agent/sla/attainment.csv",
				"/api/v1/agent/sla/attainment?days=0")) {
			Http.Response refused = this.http.get(path).bearer(agent).send();
			assertThat(refused.status()).as(path).isEqualTo(403);
			assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
			assertThat(refused.json().path("rule").asString()).isEqualTo("role");
		}
		OperatorSession agentPage = session(OperatorRole.AGENT);
		assertThat(agentPage.get("/agent/sla/attainment").status()).isEqualTo(403);
		assertThat(agentPage.get("/agent/sla/attainment.csv").status()).isEqualTo(403);

		for (OperatorRole role : List.of(OperatorRole.SUPERVISOR, OperatorRole.ADMIN)) {
			assertThat(this.http.get("/api/v1/agent/sla/attainment").bearer(token(role)).send().status())
				.as(role.name())
				.isEqualTo(200);
			Http.Response page = session(role).get("/agent/sla/attainment?lang=en");
			assertThat(page.status()).as(page.toString()).isEqualTo(200);
			assertThat(page.text()).contains("data-testid=\"attainment-csv\"");
		}
		assertThat(session(OperatorRole.SUPERVISOR).get("/agent/board?lang=en").text())
			.contains("data-testid=\"board-attainment\"");
	}

	@Test
	void aPeriodOutsideOneTo92DaysIsAProblemNamingDays() {
		String supervisor = token(OperatorRole.SUPERVISOR);
		for (String days : List.of("0", "-1", "93", "a-week")) {
			for (String path : List.of("/api/v1/agent/sla/attainment", "/api/v1/agent/sla/attainment.csv")) {
				Http.Response refused = this.http.get(path + "?days=" + days).bearer(supervisor).send();
				assertThat(refused.status()).as(path + " " + days).isEqualTo(400);
				assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
				assertThat(refused.problemFields()).containsExactly("days");
			}
		}
	}

	@Test
	void anAnswerInTimeIsMetABreachIsMissedEachChargedToWhoHadTheTicket() {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		OperatorId azizaId = this.operators.register("aziza-" + suffix, "Aziza " + suffix, "a-long-password",
				OperatorRole.AGENT, "uz");
		OperatorId boburId = this.operators.register("bobur-" + suffix, "Bobur " + suffix, "a-long-password",
				OperatorRole.AGENT, "uz");
		String aziza = this.operators.issueApiToken(azizaId, "tests");
		String bobur = this.operators.issueApiToken(boburId, "tests");
		String supervisor = token(OperatorRole.SUPERVISOR);
		// Before any ticket: the empty state.
		Http.Response empty = session(OperatorRole.SUPERVISOR).get("/agent/sla/attainment?lang=en");
		assertThat(empty.text()).contains("data-testid=\"attainment-empty\"")
			.contains("No SLA clock ended in this period.")
			.doesNotContain("data-testid=\"attainment-lines\"");
		JsonNode nothing = this.http.get("/api/v1/agent/sla/attainment").bearer(supervisor).send().json();
		assertThat(nothing.path("lines").size()).isZero();
		assertThat(nothing.path("agents").size()).isZero();
		assertThat(absent(nothing.path("total").path("percentMet"))).isTrue();
		assertThat(this.http.get("/api/v1/agent/sla/attainment.csv").bearer(supervisor).send().text())
			.isEqualTo("scope,name,target,met,missed,percent_met\n");

		String answered = newTicket(aziza);
		assertThat(this.http.post("/api/v1/agent/tickets/" + answered + "/claim", null).bearer(aziza).send().status())
			.isEqualTo(200);
		Http.Response reply = this.http
			.post("/api/v1/agent/tickets/" + answered + "/replies",
					Map.of("text", "Kuryer yo'lda, 5 daqiqada yetib boradi", "clientMessageId", "r-" + suffix))
			.bearer(aziza)
			.send();
		assertThat(reply.status()).as(reply.toString()).isIn(200, 201);
		String late = newTicket(bobur);
		assertThat(this.http.post("/api/v1/agent/tickets/" + late + "/claim", null).bearer(bobur).send().status())
			.isEqualTo(200);
		String unowned = newTicket(bobur);

		// The couriers' first response is due in 60 s: Bobur's and nobody's breach.
		this.clock.advance(Duration.ofSeconds(61));
		await().atMost(Duration.ofSeconds(15)).until(() -> breaches(late) == 1 && breaches(unowned) == 1);
		assertThat(absent(
				this.http.get("/api/v1/agent/tickets/" + unowned).bearer(bobur).send().json().path("assigneeId")))
			.as("nobody took it")
			.isTrue();

		Http.Response response = this.http.get("/api/v1/agent/sla/attainment?days=1").bearer(supervisor).send();
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		JsonNode report = response.json();
		JsonNode azizaRow = agent(report, "Aziza " + suffix);
		assertThat(azizaRow.path("all").path("met").asLong()).isEqualTo(1);
		assertThat(azizaRow.path("all").path("missed").asLong()).isZero();
		assertThat(azizaRow.path("all").path("percentMet").asDouble()).isEqualTo(100.0);
		assertThat(azizaRow.path("targets").path("FIRST_RESPONSE").path("met").asLong()).isEqualTo(1);
		JsonNode boburRow = agent(report, "Bobur " + suffix);
		assertThat(boburRow.path("all").path("met").asLong()).isZero();
		assertThat(boburRow.path("all").path("missed").asLong()).isEqualTo(1);
		assertThat(boburRow.path("all").path("percentMet").asDouble()).isEqualTo(0.0);
		assertThat(boburRow.path("targets").path("FIRST_RESPONSE").path("missed").asLong()).isEqualTo(1);
		// The supervisor reads in Russian: nobody's row is named in it.
		JsonNode nobody = agent(report, "никто (не назначено)");
		assertThat(nobody.path("nobody").asBoolean()).isTrue();
		assertThat(nobody.path("all").path("missed").asLong()).isPositive();
		JsonNode couriers = null;
		for (JsonNode line : report.path("lines")) {
			if ("COURIERS".equals(line.path("line").asString())) {
				couriers = line;
			}
		}
		assertThat(couriers).as(report.toString()).isNotNull();
		assertThat(couriers.path("targets").path("FIRST_RESPONSE").path("met").asLong()).isPositive();
		assertThat(couriers.path("targets").path("FIRST_RESPONSE").path("missed").asLong()).isGreaterThanOrEqualTo(2);
		assertThat(report.toString()).as("names, never ids")
			.doesNotContain(azizaId.value().toString())
			.doesNotContain(boburId.value().toString());

		Http.Response csv = this.http.get("/api/v1/agent/sla/attainment.csv?days=1").bearer(supervisor).send();
		assertThat(csv.status()).isEqualTo(200);
		assertThat(csv.header("Content-Type")).startsWith("text/csv");
		assertThat(csv.text()).startsWith("scope,name,target,met,missed,percent_met\n")
			.contains("\nagent,Aziza " + suffix + ",ALL,1,0,100.0\n")
			.contains("\nagent,Aziza " + suffix + ",FIRST_RESPONSE,1,0,100.0\n")
			.contains("\nagent,Bobur " + suffix + ",ALL,0,1,0.0\n")
			.contains("\nnobody,никто (не назначено),ALL,")
			.doesNotContain(azizaId.value().toString());

		OperatorSession admin = session(OperatorRole.ADMIN);
		Http.Response page = admin.get("/agent/sla/attainment?days=1&lang=en");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.text()).contains("data-name=\"Aziza " + suffix + "\"")
			.contains("data-name=\"Bobur " + suffix + "\"")
			.contains("nobody (unassigned)")
			.contains("100.0 %")
			.doesNotContain(boburId.value().toString());
		assertThat(admin.get("/agent/sla/attainment.csv?days=1").text())
			.contains("agent,Bobur " + suffix + ",ALL,0,1,0.0");
	}

	// --- helpers

	private int breaches(String ticket) {
		return this.jdbc.queryForObject(
				"select count(*) from sla_clocks where ticket_id = ? and target = 'FIRST_RESPONSE' and breached_at is not null",
				Integer.class, UUID.fromString(ticket));
	}

	private static boolean absent(JsonNode node) {
		return node.isNull() || node.isMissingNode();
	}

	private static JsonNode agent(JsonNode report, String name) {
		for (JsonNode row : report.path("agents")) {
			if (name.equals(row.path("name").asString())) {
				return row;
			}
		}
		throw new AssertionError("no row for " + name + " in " + report);
	}

	/** A courier's conversation: its ticket goes straight to the queue, no bot first. */
	private String newTicket(String operator) {
		String courier = this.tokens.issue(
				new PlatformUser("k-" + UUID.randomUUID(), PlatformRole.COURIER, "Bekzod", "uz"), Duration.ofHours(1));
		Http.Response started = this.http
			.post("/api/v1/conversations",
					Map.of("text", "Mijoz javob bermayapti", "clientMessageId", UUID.randomUUID().toString()))
			.bearer(courier)
			.send();
		assertThat(started.status()).as(started.toString()).isEqualTo(201);
		String conversation = started.json().path("id").asString();
		return await().atMost(Duration.ofSeconds(10))
			.until(() -> this.http.get("/api/v1/agent/conversations/" + conversation + "/ticket")
				.bearer(operator)
				.send(), r -> r.status() == 200)
			.json()
			.path("id")
			.asString();
	}

	private String token(OperatorRole role) {
		return this.operators.issueApiToken(register(role), "tests");
	}

	private OperatorSession session(OperatorRole role) {
		OperatorId id = register(role);
		OperatorSession session = OperatorSession.open(this.http);
		String username = this.jdbc.queryForObject("select username from operators where id = ?", String.class,
				id.value());
		assertThat(session.login(username, "a-long-password").header("Location")).doesNotContain("login");
		return session;
	}

	private OperatorId register(OperatorRole role) {
		String name = role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
		return this.operators.register(name, "Op " + name, "a-long-password", role, "ru");
	}

}
