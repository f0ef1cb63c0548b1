package io.yordam.analytics;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
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

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Who sees what, on every door: the dashboard, its CSV tables, the drill-down and its
 * CSV. An agent sees their own figures and tickets and is refused every cut of the desk
 * and anyone else's figures; supervisors and admins see the desk, any agent and any cut.
 */
@YordamTest
@Import(MutableClock.AppClock.class)
class AnalyticsAccessTests {

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
	void anAgentSeesTheirOwnFiguresAndIsRefusedEveryCutAndEveryoneElse() {
		OperatorId me = register(OperatorRole.AGENT);
		OperatorId other = register(OperatorRole.AGENT);
		OperatorSession agent = session(me);
		Http.Response page = agent.get("/agent/analytics?lang=en");
		assertThat(page.status()).as(page.toString()).isEqualTo(200);
		assertThat(page.text()).contains("my figures")
			.contains("data-testid=\"kpi-tile\"")
			.doesNotContain("data-testid=\"cut-CITY\"")
			.doesNotContain("data-testid=\"recurring\"");
		assertThat(agent.get("/agent/analytics?dim=AGENT&value=" + me.value()).status()).isEqualTo(200);
		assertThat(agent.get("/agent/analytics.csv?table=tiles").status()).isEqualTo(200);
		assertThat(agent.get("/agent/analytics.csv?table=trend").status()).isEqualTo(200);
		assertThat(agent.get(drill("CONTACTS", null, null)).status()).isEqualTo(200);
		assertThat(agent.get(drill("CONTACTS", null, null).replace("/tickets?", "/tickets.csv?")).status())
			.isEqualTo(200);
		for (String path : List.of("/agent/analytics?dim=CITY&value=Tashkent",
				"/agent/analytics?dim=AGENT&value=" + other.value(), "/agent/analytics?dim=ALL",
				"/agent/analytics.csv?table=cut&cut=CITY", "/agent/analytics.csv?table=recurring",
				"/agent/analytics/cut?cut=CITY", "/agent/analytics/cut?cut=AGENT&days=28", "/agent/analytics/recurring",
				"/agent/analytics/retention", "/agent/analytics/retention.csv",
				"/agent/analytics/retention.csv?table=option", "/agent/analytics/retention.csv?table=csat",
				"/agent/analytics/knowledge-gaps", "/agent/analytics/knowledge-gaps.csv",
				"/agent/analytics/knowledge-gaps.csv?table=articles", "/agent/analytics.csv?table=cut&cut=DISH",
				drill("CONTACTS", "DISH", "plov"), "/agent/analytics.csv?table=tiles&dim=AGENT&value=" + other.value(),
				drill("CONTACTS", "CITY", "Tashkent"), drill("RESOLVED", "AGENT", other.value().toString()),
				drill("CONTACTS", "CITY", "Tashkent").replace("/tickets?", "/tickets.csv?"))) {
			assertThat(agent.get(path).status()).as(path).isEqualTo(403);
		}
	}

	@Test
	void supervisorsAndAdminsSeeTheDeskAnyAgentAndEveryCut() {
		OperatorId agent = register(OperatorRole.AGENT);
		for (OperatorRole role : List.of(OperatorRole.SUPERVISOR, OperatorRole.ADMIN)) {
			OperatorSession session = session(register(role));
			Http.Response page = session.get("/agent/analytics?lang=ru");
			assertThat(page.status()).as(role + " " + page).isEqualTo(200);
			assertThat(page.text()).contains("вся служба")
				.contains("data-testid=\"cut-CITY\"")
				.contains("data-testid=\"cut-AGENT\"")
				.contains("data-testid=\"recurring\"")
				.contains("data-kpi=\"BACKLOG\"");
			// The cuts and the recurring problems, which the page loads after its tiles.
			Http.Response cut = session.get("/agent/analytics/cut?cut=AGENT&days=28&lang=ru");
			assertThat(cut.status()).isEqualTo(200);
			assertThat(cut.text()).contains("data-testid=\"cut-part-AGENT\"")
				.containsAnyOf("<th>Агент</th>", "За этот период ничего не посчитано");
			assertThat(session.get("/agent/analytics/recurring?lang=uz").text())
				.contains("data-testid=\"recurring-part\"");
			assertThat(session.get("/agent/analytics/cut?cut=PLANET").status()).isEqualTo(400);
			assertThat(session.get("/agent/analytics/cut?cut=CITY&days=93").status()).isEqualTo(400);
			assertThat(session.get("/agent/analytics?dim=AGENT&value=" + agent.value()).status()).isEqualTo(200);
			assertThat(session.get("/agent/analytics?dim=CITY&value=Tashkent&days=28").status()).isEqualTo(200);
			for (String table : List.of("tiles", "trend", "recurring", "cut&cut=RESTAURANT", "cut&cut=AGENT",
					"cut&cut=DISH")) {
				Http.Response csv = session.get("/agent/analytics.csv?table=" + table);
				assertThat(csv.status()).as(role + " " + table).isEqualTo(200);
				assertThat(csv.header("Content-Type")).startsWith("text/csv");
			}
			assertThat(session.get(drill("CONTACTS", "CITY", "Tashkent")).status()).isEqualTo(200);
			assertThat(session.get("/agent/analytics/retention?lang=en").status()).isEqualTo(200);
			assertThat(session.get("/agent/analytics/retention.csv").text()).startsWith("outcome,contacts,");
			assertThat(session.get("/agent/analytics/retention.csv?table=option").text())
				.startsWith("option,contacts,");
			assertThat(session.get("/agent/analytics/retention.csv?table=csat").text()).startsWith("csat,contacts,");
			assertThat(session.get("/agent/analytics/knowledge-gaps.csv?table=articles").text())
				.startsWith("slug,title,helpful_yes,");
			assertThat(session.get(drill("CONTACTS", "DISH", "plov")).status()).isEqualTo(200);
			assertThat(session.get("/agent/analytics/knowledge-gaps?lang=uz").status()).isEqualTo(200);
			assertThat(session.get("/agent/analytics/knowledge-gaps.csv").text()).startsWith("language,question,");
			assertThat(session.get(drill("RESOLVED", "AGENT", agent.value().toString())).status()).isEqualTo(200);
		}
	}

	@Test
	void anAgentsDrillDownListsTheirTicketsOnlyASupervisorsEveryones() {
		OperatorId aziza = register(OperatorRole.AGENT);
		OperatorId bobur = register(OperatorRole.AGENT);
		long azizas = solvedTicket(aziza);
		long boburs = solvedTicket(bobur);
		String path = drill("RESOLVED", null, null);
		await().atMost(Duration.ofSeconds(15))
			.until(() -> session(register(OperatorRole.SUPERVISOR)).get(path).text(),
					text -> text.contains("data-number=\"" + azizas + "\"")
							&& text.contains("data-number=\"" + boburs + "\""));
		String own = session(aziza).get(path).text();
		assertThat(own).contains("data-number=\"" + azizas + "\"").doesNotContain("data-number=\"" + boburs + "\"");
		String csv = session(aziza).get(path.replace("/tickets?", "/tickets.csv?")).text();
		assertThat(csv).startsWith("ticket_number,")
			.contains("\r\n" + azizas + ",")
			.doesNotContain("\r\n" + boburs + ",");
	}

	@Test
	void aBadPeriodMetricOrDimensionIsAProblemNamingIt() {
		OperatorSession supervisor = session(register(OperatorRole.SUPERVISOR));
		assertThat(supervisor.get("/agent/analytics?days=0").status()).isEqualTo(400);
		assertThat(supervisor.get("/agent/analytics?days=93").status()).isEqualTo(400);
		assertThat(supervisor.get("/agent/analytics?dim=PLANET&value=Mars").status()).isEqualTo(400);
		assertThat(supervisor.get(drill("ORDERS", null, null)).status()).isEqualTo(400);
		assertThat(supervisor.get("/agent/analytics/tickets?metric=CONTACTS&from=2030-01-02&to=2030-01-01").status())
			.isEqualTo(400);
		assertThat(supervisor.get("/agent/analytics.csv?table=everything").status()).isEqualTo(400);
		assertThat(supervisor.get("/agent/analytics/retention.csv?table=planet").status()).isEqualTo(400);
		assertThat(supervisor.get("/agent/analytics/knowledge-gaps.csv?table=planet").status()).isEqualTo(400);
	}

	@Test
	void aHelpCentreSearchThatFindsNothingIsAKnowledgeGapCountedOnce() {
		// Words no article has, different in each run.
		String question = "zyxwvut qwrtpk " + UUID.randomUUID().toString().replaceAll("[^a-f]", "").replace('a', 'x');
		for (int i = 0; i < 3; i++) {
			Http.Response search = this.http.get("/api/v1/kb/search?locale=uz&q=" + question.replace(" ", "+")).send();
			assertThat(search.status()).as(search.toString()).isEqualTo(200);
			assertThat(search.json().size()).isZero();
		}
		await().atMost(Duration.ofSeconds(15))
			.until(() -> this.jdbc.queryForObject(
					"select coalesce(sum(n), 0) from analytics_questions "
							+ "where question_key = ? and language = 'uz'",
					Long.class, QuestionWords.key(question)) == 3);
		String page = session(register(OperatorRole.SUPERVISOR)).get("/agent/analytics/knowledge-gaps?lang=en").text();
		assertThat(page).contains(question);
	}

	@Test
	void nobodySignedInIsSentToSignIn() {
		Http.Response anonymous = this.http.get("/agent/analytics").send();
		assertThat(anonymous.status()).isIn(302, 401);
	}

	// --- helpers

	private String drill(String metric, String dim, String value) {
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), ZoneId.of("Asia/Tashkent"));
		return "/agent/analytics/tickets?metric=" + metric + "&from=" + today.minusDays(6) + "&to=" + today.plusDays(1)
				+ ((dim != null) ? "&dim=" + dim + "&value=" + value : "");
	}

	/** A courier's ticket the agent answers and solves; its number. */
	private long solvedTicket(OperatorId agent) {
		String token = this.operators.issueApiToken(agent, "tests");
		String courier = this.tokens.issue(
				new PlatformUser("k-" + UUID.randomUUID(), PlatformRole.COURIER, "Bekzod", "uz"), Duration.ofHours(1));
		Http.Response started = this.http
			.post("/api/v1/conversations",
					Map.of("text", "Manzil topilmadi", "clientMessageId", UUID.randomUUID().toString()))
			.bearer(courier)
			.send();
		String conversation = started.json().path("id").asString();
		var ticket = await().atMost(Duration.ofSeconds(10))
			.until(() -> this.http.get("/api/v1/agent/conversations/" + conversation + "/ticket").bearer(token).send(),
					r -> r.status() == 200)
			.json();
		String id = ticket.path("id").asString();
		assertThat(this.http
			.post("/api/v1/agent/tickets/" + id + "/replies",
					Map.of("text", "Qo'ng'iroq qilaman", "clientMessageId", UUID.randomUUID().toString()))
			.bearer(token)
			.send()
			.status()).isIn(200, 201);
		assertThat(this.http.post("/api/v1/agent/tickets/" + id + "/status", Map.of("status", "SOLVED"))
			.bearer(token)
			.send()
			.status()).isEqualTo(200);
		return ticket.path("number").asLong();
	}

	private OperatorSession session(OperatorId id) {
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
