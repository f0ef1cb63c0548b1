package io.yordam.observability;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
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

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The metrics' door (issue 14) and what is behind it: the scraper's token or an admin,
 * nobody else; the desk's business figures as they move; and every metric the operators'
 * dashboard and alert rules name is one this application exports.
 */
@YordamTest
@TestPropertySource(properties = { "yordam.metrics.scrape-token=" + MetricsEndpointTests.TOKEN,
		"yordam.bot.enabled=true", "yordam.metrics.figures-ttl=PT0S", "yordam.events.redelivery.interval=PT1H" })
class MetricsEndpointTests {

	static final String TOKEN = "pR7v-Kq2m-Zx9c-Wt4b-Ny6h-Ls3d-Fg8j";

	@LocalServerPort
	int port;

	@Autowired
	Operators operators;

	@Autowired
	PlatformTokens tokens;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	Http http;

	@BeforeEach
	void setUp() {
		this.http = new Http(this.port);
	}

	Scrape scrape() {
		Http.Response response = this.http.get("/actuator/prometheus").bearer(TOKEN).send();
		assertThat(response.status()).as(response.text()).isEqualTo(200);
		return new Scrape(response.text());
	}

	@Test
	void onlyTheScraperOrAnAdminReadsTheMetrics() {
		Http.Response none = this.http.get("/actuator/prometheus").send();
		assertThat(none.status()).isEqualTo(401);
		assertThat(none.header("WWW-Authenticate")).startsWith("Bearer");
		assertThat(none.json().path("rule").asString()).isEqualTo("unauthorized");
		assertThat(this.http.get("/actuator/prometheus").bearer(TOKEN + "x").send().status()).isEqualTo(401);
		assertThat(this.http.get("/actuator/prometheus").bearer(TOKEN.substring(1)).send().status()).isEqualTo(401);
		// An operator's personal API token opens the agent API, not the metrics.
		String adminsApiToken = this.operators.issueApiToken(register(name(OperatorRole.ADMIN), OperatorRole.ADMIN),
				"tests");
		assertThat(this.http.get("/actuator/prometheus").bearer(adminsApiToken).send().status()).isEqualTo(401);

		Http.Response scraped = this.http.get("/actuator/prometheus").bearer(TOKEN).send();
		assertThat(scraped.status()).isEqualTo(200);
		assertThat(scraped.header("Content-Type")).startsWith("text/plain");
		assertThat(scraped.text()).contains("# TYPE yordam_messages_total counter");

		assertThat(session(OperatorRole.AGENT).get("/actuator/prometheus").status()).isEqualTo(403);
		assertThat(session(OperatorRole.SUPERVISOR).get("/actuator/prometheus").status()).isEqualTo(403);
		Http.Response asAdmin = session(OperatorRole.ADMIN).get("/actuator/prometheus");
		assertThat(asAdmin.status()).isEqualTo(200);
		assertThat(asAdmin.text()).contains("yordam_queue_waiting");
		// The other actuator endpoints keep their rules: health for the probes, the rest
		// signed in.
		assertThat(this.http.get("/actuator/health/liveness").send().status()).isEqualTo(200);
		assertThat(this.http.get("/actuator/info").bearer(TOKEN).send().status()).isNotEqualTo(200);
	}

	@Test
	void messagesInAndOutAndTheBotsAnswerTimeAreCounted() {
		Scrape before = scrape();
		String customer = this.tokens.issue(
				new PlatformUser("c-metrics-" + UUID.randomUUID(), PlatformRole.CUSTOMER, "Dilnoza", "ru"),
				Duration.ofHours(1));
		String conversation = this.http
			.post("/api/v1/conversations",
					Map.of("text", "Здравствуйте", "clientMessageId", UUID.randomUUID().toString()))
			.bearer(customer)
			.send()
			.json()
			.path("id")
			.asString();
		String in = "author_kind=\"participant\"";
		await().atMost(Duration.ofSeconds(20))
			.until(() -> scrape().sum("yordam_bot_answer_seconds_count") > sum(before,
					"yordam_bot_answer_seconds_count"));
		Scrape after = scrape();
		assertThat(after.sum("yordam_messages_total", in, "direction=\"in\"", "channel=\"chat\""))
			.isGreaterThan(before.sum("yordam_messages_total", in));
		assertThat(after.sum("yordam_messages_total", "author_kind=\"bot\"", "direction=\"out\""))
			.isGreaterThan(before.sum("yordam_messages_total", "author_kind=\"bot\""));
		assertThat(after.sum("yordam_conversations_started_total", "role=\"customer\""))
			.isEqualTo(before.sum("yordam_conversations_started_total", "role=\"customer\"") + 1);
		assertThat(after.sum("yordam_bot_answer_seconds_bucket", "le=\"+Inf\"")).isGreaterThanOrEqualTo(1);
		assertThat(after.sum("yordam_bot_enabled")).isEqualTo(1);

		// Asking for a person puts the ticket in its line's queue.
		double waiting = after.sum("yordam_queue_waiting", "line=\"customers_partners\"");
		this.http
			.post("/api/v1/conversations/" + conversation + "/messages",
					Map.of("text", "Позовите оператора, пожалуйста", "clientMessageId", UUID.randomUUID().toString()))
			.bearer(customer)
			.send();
		await().atMost(Duration.ofSeconds(20))
			.until(() -> scrape().sum("yordam_queue_waiting", "line=\"customers_partners\"") > waiting);
		assertThat(scrape().sum("yordam_queue_oldest_wait_seconds", "line=\"customers_partners\""))
			.isGreaterThanOrEqualTo(0);
	}

	@Test
	void theOutboxsAndTheEventRegistrysBacklogAndAgeAreShown() {
		var old = Timestamp.from(this.clock.instant().minus(Duration.ofMinutes(20)));
		UUID action = UUID.randomUUID();
		UUID publication = UUID.randomUUID();
		this.jdbc.update(
				"""
						insert into platform_actions (id, idempotency_key, order_id, type, payload, status, attempts, created_at)
						values (?, ?, 'o-metrics', 'refund', '{}', 'PENDING', 2, ?)""",
				action, "metrics-" + action, old);
		this.jdbc.update(
				"""
						insert into event_publication (id, listener_id, event_type, serialized_event, publication_date, status,
						  completion_attempts) values (?, 'io.yordam.Nowhere.on(io.yordam.Nothing)', 'io.yordam.Nothing', '{}', ?,
						  'FAILED', 1)""",
				publication, old);
		try {
			Scrape scrape = scrape();
			assertThat(scrape.sum("yordam_outbox_pending")).isGreaterThanOrEqualTo(1);
			assertThat(scrape.sum("yordam_outbox_failing")).isGreaterThanOrEqualTo(1);
			assertThat(scrape.sum("yordam_outbox_oldest_age_seconds")).isGreaterThanOrEqualTo(20 * 60);
			assertThat(scrape.sum("yordam_events_incomplete", "status=\"failed\"")).isGreaterThanOrEqualTo(1);
			assertThat(scrape.sum("yordam_events_stuck")).isGreaterThanOrEqualTo(1);
			assertThat(scrape.sum("yordam_events_oldest_age_seconds")).isGreaterThanOrEqualTo(20 * 60);
			assertThat(scrape.sum("yordam_figures_age_seconds")).isLessThan(5);
		}
		finally {
			this.jdbc.update("delete from platform_actions where id = ?", action);
			this.jdbc.update("delete from event_publication where id = ?", publication);
		}
		Scrape cleared = scrape();
		assertThat(cleared.sum("yordam_events_incomplete", "status=\"failed\"")).isZero();
		assertThat(cleared.sum("yordam_outbox_oldest_age_seconds")).isLessThan(20 * 60);
	}

	@Test
	void everyMetricTheDashboardAndTheAlertsNameIsExported() throws Exception {
		// A request first, so that the HTTP server's timings exist.
		scrape();
		Set<String> exported = scrape().names();
		Set<String> named = new TreeSet<>(DeployFiles.metricNames(DeployFiles.dashboardQueries()));
		named.addAll(DeployFiles.metricNames(DeployFiles.alertQueries()));
		assertThat(named).contains("yordam_messages_total", "yordam_bot_answer_seconds_bucket",
				"yordam_queue_oldest_wait_seconds", "yordam_outbox_oldest_age_seconds", "yordam_events_incomplete");
		assertThat(exported).containsAll(named);
	}

	private static double sum(Scrape scrape, String name) {
		return scrape.sum(name);
	}

	static String name(OperatorRole role) {
		return role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	OperatorId register(String name, OperatorRole role) {
		return this.operators.register(name, "Op " + name, "a-long-password", role, "ru");
	}

	OperatorSession session(OperatorRole role) {
		String name = name(role);
		register(name, role);
		OperatorSession session = OperatorSession.open(this.http);
		session.login(name, "a-long-password");
		return session;
	}

}
