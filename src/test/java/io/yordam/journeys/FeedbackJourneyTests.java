package io.yordam.journeys;

import java.time.Duration;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import io.yordam.support.Http;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A rating in real browsers: an agent solves a customer's chat, the widget shows the
 * rating card in the customer's language (Uzbek here), the customer rates 2/5 with a
 * comment, the ticket view shows it, and a supervisor finds the follow-up in the
 * escalation report and on the ticket.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "yordam.demo.enabled=true", "yordam.demo.simulator.enabled=false" })
@ActiveProfiles("test")
@Tag("browser")
class FeedbackJourneyTests {

	static Browsers browsers;

	@LocalServerPort
	int port;

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
	void aCustomerRatesASolvedChatTwoOfFiveAndASupervisorGetsTheFollowUp() {
		Browser browser = browsers.browser();
		Http http = new Http(this.port);
		Http.Response placed = http.post("/demo/api/customers/c-0002/orders", null).send();
		assertThat(placed.status()).as(placed.toString()).isBetween(200, 201);
		JsonNode order = placed.json();
		try (BrowserContext agentContext = browser
			.newContext(new Browser.NewContextOptions().setViewportSize(1440, 900));
				BrowserContext customerContext = browser
					.newContext(new Browser.NewContextOptions().setViewportSize(430, 900))) {
			Page customer = customerContext.newPage();
			customer.navigate(url("/demo/app?customer=c-0002"));
			customer.locator("[data-testid=order-card][data-order-id='" + order.path("id").asString() + "']")
				.getByTestId("order-help")
				.click();
			String question = "Kuryer qayerda? " + order.path("number").asString();
			customer.getByTestId("chat-input").fill(question);
			customer.getByTestId("chat-send").click();

			Page agent = Browsers.signIn(agentContext, url(""), "agent");
			agent.navigate(url("/agent?lang=en"));
			Locator row = agent.getByTestId("queue-row").filter(new Locator.FilterOptions().setHasText(question));
			assertThat(row).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(15000));
			row.locator("a").first().click();
			assertThat(agent.getByTestId("live-state").first()).hasAttribute("data-state", "online");
			String answer = "Kuryer 5 daqiqada yetib keladi";
			agent.getByTestId("reply-input").fill(answer);
			agent.getByTestId("reply-send").click();
			assertThat(agent.getByTestId("message").filter(new Locator.FilterOptions().setHasText(answer))).isVisible();
			assertThat(agent.getByTestId("ticket-status")).hasText("Pending customer",
					new LocatorAssertions.HasTextOptions().setTimeout(15000));
			agent.getByTestId("resolve").click();
			assertThat(agent.getByTestId("ticket-status")).hasText("Solved");

			// The widget asks in the customer's language, as a card of stars.
			Locator card = customer.getByTestId("chat-side-question");
			assertThat(card).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(15000));
			assertThat(customer.getByTestId("chat-message-text").last())
				.hasText("Qanday yordam berdik? 1 dan 5 gacha baholang.");
			assertThat(card.getByTestId("chat-side-remark")).hasAttribute("placeholder", "Izoh (ixtiyoriy)");
			card.getByTestId("chat-quick-reply").nth(1).click();
			String comment = "Kuryer juda kech keldi";
			card.getByTestId("chat-side-remark").fill(comment);
			Browsers.screenshot(customer, "customer-rating-card");
			card.getByTestId("chat-side-send").click();
			assertThat(customer.locator("[data-testid=chat-quick-reply][aria-pressed=true]")).hasText("2 ★");

			// The ticket view shows the rating, and the low rating took it back to
			// support.
			Locator rating = agent.getByTestId("ticket-rating");
			assertThat(rating).hasAttribute("data-score", "2",
					new LocatorAssertions.HasAttributeOptions().setTimeout(15000));
			assertThat(rating.getByTestId("ticket-rating-comment")).hasText(comment);
			assertThat(agent.getByTestId("ticket-status")).hasText("Open");
			Browsers.screenshot(agent, "agent-ticket-rating");
			String ticketUrl = agent.url();

			// A supervisor finds the follow-up in the escalation report and on the
			// ticket.
			try (BrowserContext supervisorContext = browser.newContext()) {
				Page supervisor = Browsers.signIn(supervisorContext, url(""), "supervisor");
				supervisor.navigate(url("/agent/escalations?days=1&lang=en"));
				Locator followUp = supervisor.getByTestId("report-row")
					.filter(new Locator.FilterOptions().setHasText("Low rating"));
				assertThat(followUp).isVisible();
				followUp.getByTestId("report-ticket").first().click();
				assertThat(supervisor).hasURL(
						Pattern.compile(".*" + ticketUrl.replaceAll(".*(/agent/tickets/[0-9a-f-]+).*", "$1") + ".*"));
				assertThat(supervisor.getByTestId("escalation-level")).hasText("Supervisor");
				assertThat(supervisor.getByTestId("rating-follow-up")).isVisible();

				// The morning dashboard counts the rating (its rollups are fed by the
				// event, a moment later), and the CSAT figure drills down to the ticket.
				String ticketPath = ticketUrl.replaceAll(".*(/agent/tickets/[0-9a-f-]+).*", "$1");
				Locator csat = supervisor
					.locator("[data-testid=kpi-tile][data-kpi=CSAT_AVERAGE] [data-testid=kpi-drill]");
				await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(500)).until(() -> {
					supervisor.navigate(url("/agent/analytics?days=1&lang=en"));
					return csat.count() == 1 && !csat.textContent().contains("—");
				});
				Browsers.screenshot(supervisor, "analytics-csat-tile");
				csat.click();
				assertThat(supervisor.locator("[data-testid=drill-ticket][href$='" + ticketPath + "']")).isVisible();
			}
		}
	}

}
