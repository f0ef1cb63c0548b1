package io.yordam.journeys;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import io.yordam.orders.PlatformEventBuilder;
import io.yordam.orders.PlatformProperties;
import io.yordam.support.Http;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 16's reputation proof: a supervisor uploads a CSV of store reviews on the
 * reputation page; the one-star review naming its order number becomes a ticket on the
 * review channel, matched to that order; the agent opens it, sees the review and the
 * answer drafted in its language from the review macro, and records it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "yordam.demo.enabled=true", "yordam.demo.simulator.enabled=false" })
@ActiveProfiles("test")
@Tag("browser")
class ReputationJourneyTests {

	static Browsers browsers;

	@LocalServerPort
	int port;

	@Autowired
	PlatformProperties platform;

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

	@Test
	void aReviewImportedFromCsvBecomesATicketMatchedToItsOrderAndItsAnswerIsRecorded() throws Exception {
		String customer = "c-journey-" + UUID.randomUUID().toString().substring(0, 8);
		PlatformEventBuilder order = PlatformEventBuilder.anOrderEvent()
			.customer(customer, "Anna Petrova", "ru")
			.payment("CARD", "PAID")
			.status("DELIVERED")
			.sendTo(new Http(this.port), this.platform.signature());
		String tag = UUID.randomUUID().toString().substring(0, 8);
		String today = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofHours(1)).toString();
		String csv = "source,external_id,rating,posted_at,text,author\n" + "GOOGLE_PLAY,j-" + tag + "-1,1," + today
				+ ",\"Заказ " + order.number() + " привезли на час позже, всё остыло\",Анна\n" + "APP_STORE,j-" + tag
				+ "-2,5," + today + ",\"Быстро и вкусно, спасибо!\",Олег\n";

		Browser browser = browsers.browser();
		try (BrowserContext supervisorContext = browser
			.newContext(new Browser.NewContextOptions().setViewportSize(1440, 900));
				BrowserContext agentContext = browser
					.newContext(new Browser.NewContextOptions().setViewportSize(1440, 900))) {
			Page supervisor = Browsers.signIn(supervisorContext, url(""), "supervisor");
			supervisor.getByTestId("nav-reports").click();
			supervisor.getByTestId("nav-reputation").click();
			supervisor.getByTestId("reviews-file")
				.setInputFiles(new FilePayload("reviews.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
			supervisor.getByTestId("reviews-upload-submit").click();
			assertThat(supervisor.getByTestId("reviews-imported")).isVisible();
			assertThat(supervisor.locator("[data-testid=review-row][data-external-id='j-" + tag + "-1']")).isVisible();
			assertThat(supervisor.getByTestId("reviews-chart")).hasAttribute("data-drawn", "true");
			Browsers.screenshot(supervisor, "reputation-page");

			String ticketId = await().atMost(Duration.ofSeconds(20))
				.until(() -> this.jdbc.queryForList("""
						select t.id from tickets t join reviews r on r.conversation_id = t.conversation_id
						where r.external_id = ? and t.channel = 'REVIEW' and t.order_id = ?""", String.class,
						"j-" + tag + "-1", order.orderId()), rows -> !rows.isEmpty())
				.get(0);

			// The agent works the reputation queue: the channel filter, by keyboard
			// alone.
			long number = this.jdbc.queryForObject("select number from tickets where id = ?", Long.class,
					UUID.fromString(ticketId));
			Page agent = Browsers.signIn(agentContext, url(""), "agent");
			agent.navigate(url("/agent?lang=en"));
			Locator channel = agent.getByTestId("channel-filter");
			channel.focus();
			channel.selectOption("REVIEW");
			agent.keyboard().press("Tab");
			assertThat(agent.getByTestId("queue-filter-apply")).isFocused();
			agent.keyboard().press("Enter");
			assertThat(agent).hasURL(java.util.regex.Pattern.compile(".*channel=REVIEW.*"));
			assertThat(agent.getByTestId("channel-filter")).hasValue("REVIEW");
			Locator row = agent.locator("[data-testid=queue-row][data-number='" + number + "']");
			assertThat(row).isVisible();
			org.assertj.core.api.Assertions
				.assertThat(agent.locator("[data-testid=queue-row]")
					.evaluateAll("rows => rows.map(r => r.dataset.channel)"))
				.asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
				.containsOnly("REVIEW");
			Browsers.screenshot(agent, "reputation-queue");
			row.focus();
			agent.keyboard().press("Enter");
			assertThat(agent).hasURL(java.util.regex.Pattern.compile(".*/agent/tickets/" + ticketId + ".*"));
			assertThat(agent.getByTestId("ticket-channel")).containsText("Review");
			Locator panel = agent.getByTestId("review-panel");
			assertThat(panel.getByTestId("review-source")).hasText("Google Play", patiently());
			assertThat(panel.getByTestId("review-stars")).hasAttribute("data-rating", "1");
			assertThat(panel.getByTestId("review-order")).hasText(order.orderId());
			assertThat(panel.getByTestId("review-match")).hasAttribute("data-matched-by", "ORDER_NUMBER");
			Locator draft = panel.getByTestId("review-answer-draft");
			assertThat(draft).hasValue(java.util.regex.Pattern.compile(".*простите.*" + order.number() + ".*",
					java.util.regex.Pattern.DOTALL));
			Browsers.screenshot(agent, "reputation-ticket");
			panel.getByTestId("review-answer-record").click();
			assertThat(agent.getByTestId("review-answer-text")).containsText(order.number(), patientlyText());
			assertThat(agent.getByTestId("review-answer")).containsText("Answered by");
		}
		org.assertj.core.api.Assertions
			.assertThat(this.jdbc.queryForObject("select answered_by from reviews where external_id = ?", String.class,
					"j-" + tag + "-1"))
			.isNotBlank();
	}

	private static LocatorAssertions.HasTextOptions patiently() {
		return new LocatorAssertions.HasTextOptions().setTimeout(15_000);
	}

	private static LocatorAssertions.ContainsTextOptions patientlyText() {
		return new LocatorAssertions.ContainsTextOptions().setTimeout(15_000);
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
