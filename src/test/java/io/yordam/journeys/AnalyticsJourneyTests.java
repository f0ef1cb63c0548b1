package io.yordam.journeys;

import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import io.yordam.access.OperatorId;
import io.yordam.access.Operators;
import io.yordam.access.PlatformRole;
import io.yordam.access.PlatformTokens;
import io.yordam.access.PlatformUser;
import io.yordam.support.Http;
import io.yordam.support.MutableClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The manager's morning page in a real browser, in English and in Russian: an agent
 * answers and solves a courier's ticket; the supervisor sees the tiles and the trend
 * chart, drills from the solved count down to the ticket and opens it, and downloads the
 * figures and a cut as CSV.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "yordam.demo.enabled=true", "yordam.demo.simulator.enabled=false" })
@ActiveProfiles("test")
@Import(MutableClock.AppClock.class)
@Tag("browser")
class AnalyticsJourneyTests {

	static Browsers browsers;

	@LocalServerPort
	int port;

	@Autowired
	PlatformTokens tokens;

	@Autowired
	Operators operators;

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

	@Test
	void aSupervisorReadsTheDashboardDrillsDownToTheTicketAndExportsInEnglishAndRussian() throws Exception {
		long number = solvedCourierTicket();
		Browser browser = browsers.browser();
		try (BrowserContext context = browser
			.newContext(new Browser.NewContextOptions().setAcceptDownloads(true).setViewportSize(1440, 1000))) {
			Page page = Browsers.signIn(context, url(""), "supervisor");
			Map<String, List<String>> words = Map.of("en", List.of("whole desk", "Contacts", "Retention after contact"),
					"ru", List.of("вся служба", "Обращения", "Удержание после обращения"), "uz",
					List.of("butun xizmat", "Murojaatlar", "Murojaatdan keyingi saqlab qolish"));
			for (String lang : new String[] { "en", "ru", "uz" }) {
				page.navigate(url("/agent/analytics?days=1&lang=" + lang));
				assertThat(page.getByTestId("analytics-scope")).hasText(words.get(lang).get(0));
				assertThat(page.locator("[data-testid=kpi-tile][data-kpi=CONTACTS] .kpi-name"))
					.hasText(words.get(lang).get(1));
				// The chart is drawn by ECharts into a canvas from the trend's table.
				assertThat(page.getByTestId("trend-chart")).hasAttribute("data-rendered", "true");
				assertThat(page.locator("[data-testid=trend-chart] canvas").first()).isVisible();
				assertThat(page.locator("[data-testid=kpi-tile][data-kpi=RESOLVED] .kpi-value")).not()
					.hasText(Pattern.compile("^\\s*0\\s*$"));
				// The recurring problems and the cuts come after the tiles, each in its
				// place.
				assertThat(page.getByTestId("part-loading")).hasCount(0);
				assertThat(page.locator("[data-testid=cut-AGENT] [data-testid=cut-row]").first()).isVisible();
				assertThat(page.getByTestId("recurring-part")).isVisible();
				Browsers.screenshot(page, "analytics-dashboard-" + lang);
				page.getByTestId("cut-CHANNEL").scrollIntoViewIfNeeded();
				Browsers.screenshot(page, "analytics-cuts-" + lang);

				Download tiles = page.waitForDownload(() -> page.getByTestId("csv-tiles").click());
				String csv = Files.readString(tiles.path());
				check(csv.startsWith("kpi,value,previous,change_percent"));
				check(csv.contains("RESOLVED,"));
				Download reasons = page.waitForDownload(() -> page.getByTestId("csv-cut-REASON").click());
				check(Files.readString(reasons.path()).startsWith("dimension,value,name,contacts"));

				page.locator("[data-testid=kpi-tile][data-kpi=RESOLVED] [data-testid=kpi-drill]").click();
				assertThat(page).hasURL(Pattern.compile(".*/agent/analytics/tickets\\?metric=RESOLVED.*"));
				page.locator("[data-testid=drill-row][data-number='" + number + "'] [data-testid=drill-ticket]")
					.click();
				assertThat(page).hasURL(Pattern.compile(".*/agent/tickets/[0-9a-f-]{36}.*"));
				assertThat(page.locator("body")).containsText("#" + number);

				// Retention after contact: its three tables, each with its CSV.
				page.navigate(url("/agent/analytics/retention?lang=" + lang));
				assertThat(page.locator("h1")).containsText(words.get(lang).get(2));
				assertThat(page.getByTestId("retention-outcome")).isVisible();
				assertThat(page.getByTestId("retention-csat")).isVisible();
				Browsers.screenshot(page, "analytics-retention-" + lang);
			}
		}
	}

	private static void check(boolean condition) {
		org.assertj.core.api.Assertions.assertThat(condition).isTrue();
	}

	/** A courier's ticket the demo agent answers and solves; its number. */
	private long solvedCourierTicket() {
		Http http = new Http(this.port);
		OperatorId agent = new OperatorId(
				this.jdbc.queryForObject("select id from operators where username = 'agent'", UUID.class));
		String token = this.operators.issueApiToken(agent, "journey");
		String courier = this.tokens.issue(
				new PlatformUser("k-analytics-" + UUID.randomUUID(), PlatformRole.COURIER, "Bekzod", "ru"),
				Duration.ofHours(1));
		String conversation = http
			.post("/api/v1/conversations", Map.of("text", "Ресторан не отдаёт заказ", "clientMessageId", "k1"))
			.bearer(courier)
			.send()
			.json()
			.path("id")
			.asString();
		var ticket = await().atMost(Duration.ofSeconds(10))
			.until(() -> http.get("/api/v1/agent/conversations/" + conversation + "/ticket").bearer(token).send(),
					r -> r.status() == 200)
			.json();
		String id = ticket.path("id").asString();
		http.post("/api/v1/agent/tickets/" + id + "/replies",
				Map.of("text", "Сейчас позвоню в ресторан", "clientMessageId", UUID.randomUUID().toString()))
			.bearer(token)
			.send();
		http.post("/api/v1/agent/tickets/" + id + "/status", Map.of("status", "SOLVED")).bearer(token).send();
		await().atMost(Duration.ofSeconds(15))
			.until(() -> this.jdbc.queryForObject(
					"select count(*) from analytics_tickets where ticket_id = ? " + "and resolved_at is not null",
					Long.class, UUID.fromString(id)) == 1);
		return ticket.path("number").asLong();
	}

}
