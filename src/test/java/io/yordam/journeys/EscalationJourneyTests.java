package io.yordam.journeys;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.yordam.access.PlatformRole;
import io.yordam.access.PlatformTokens;
import io.yordam.access.PlatformUser;
import io.yordam.support.Http;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Escalation in real browsers: an agent escalates a ticket with a reason, and the
 * supervisor's workspace shows it live; the supervisor reads the report, the admin the
 * rules.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "yordam.demo.enabled=true", "yordam.demo.simulator.enabled=false" })
@ActiveProfiles("test")
@Tag("browser")
class EscalationJourneyTests {

	static Browsers browsers;

	@LocalServerPort
	int port;

	@Autowired
	PlatformTokens tokens;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeAll
	static void startBrowser() {
		browsers = new Browsers();
	}

	@AfterAll
	static void stopBrowser() {
		browsers.close();
	}

	String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	/** A courier writes: the ticket goes straight to the queue. */
	String courierTicket() {
		Http http = new Http(this.port);
		String token = this.tokens.issue(
				new PlatformUser("k-journey-" + UUID.randomUUID(), PlatformRole.COURIER, "Bekzod", "en"),
				Duration.ofHours(1));
		String conversation = http
			.post("/api/v1/conversations",
					Map.of("text", "The customer's address does not exist", "clientMessageId", "k1"))
			.bearer(token)
			.send()
			.json()
			.path("id")
			.asString();
		return org.awaitility.Awaitility.await()
			.atMost(Duration.ofSeconds(10))
			.until(() -> this.jdbc
				.queryForList("select id from tickets where conversation_id = ?", UUID.class,
						UUID.fromString(conversation))
				.stream()
				.findFirst()
				.map(UUID::toString)
				.orElse(null), java.util.Objects::nonNull);
	}

	@Test
	void anAgentEscalatesWithAReasonAndTheSupervisorSeesItLive() {
		String ticket = courierTicket();
		Browser browser = browsers.browser();
		try (BrowserContext supervisorContext = browser
			.newContext(new Browser.NewContextOptions().setViewportSize(1440, 900));
				BrowserContext agentContext = browser
					.newContext(new Browser.NewContextOptions().setViewportSize(1440, 900))) {
			Page supervisor = Browsers.signIn(supervisorContext, url(""), "supervisor");
			assertThat(supervisor.getByTestId("escalation-alerts")).hasAttribute("data-live", "on");

			Page agent = Browsers.signIn(agentContext, url(""), "agent");
			agent.navigate(url("/agent/tickets/" + ticket + "?lang=en"));
			assertThat(agent.getByTestId("escalation-level")).hasText("First line");
			agent.getByTestId("escalate").click();
			agent.getByTestId("escalate-level").selectOption("SECOND_LINE");
			agent.getByTestId("escalate-reason").fill("The address is in a closed military area: needs a decision");
			Browsers.screenshot(agent, "escalation-agent-escalates");
			agent.getByTestId("escalate-send").click();
			assertThat(agent.getByTestId("escalation-level")).hasText("Second line");

			// Other escalations may be live on the shared demo desk: watch this ticket's
			// alert.
			Locator alert = supervisor.locator("[data-testid=escalation-alert][href$='" + ticket + "']");
			assertThat(alert).containsText("needs a decision");
			assertThat(alert).containsText("Second line");
			Browsers.screenshot(supervisor, "escalation-supervisor-live");

			supervisor.navigate(url("/agent?lang=en"));
			assertThat(supervisor.locator("[data-testid=queue-row]:has([data-testid=escalation-badge])").first())
				.isVisible();
			supervisor.navigate(url("/agent/escalations?lang=en"));
			assertThat(supervisor.getByTestId("report-ticket").first()).isVisible();
			Browsers.screenshot(supervisor, "escalation-report");
		}
		try (BrowserContext adminContext = browser
			.newContext(new Browser.NewContextOptions().setViewportSize(1440, 1000))) {
			Page admin = Browsers.signIn(adminContext, url(""), "admin");
			admin.navigate(url("/agent/settings/escalation?lang=en"));
			admin.getByTestId("rules-comment").fill("Same rules, to start the history");
			admin.getByTestId("rules-save").click();
			assertThat(admin.getByTestId("rules-saved")).isVisible();
			assertThat(admin.getByTestId("rules-version").first()).containsText("Same rules");
			Browsers.screenshot(admin, "escalation-rules");
		}
	}

}
