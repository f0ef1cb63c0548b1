package io.yordam.journeys;

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

/**
 * The core loop in real browsers: the platform creates an order, the customer writes from
 * the demo app, the ticket appears live in the agent's queue, the agent sees the order,
 * replies, the customer sees the reply live, the agent resolves.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "yordam.demo.enabled=true", "yordam.demo.simulator.enabled=false" })
@ActiveProfiles("test")
@Tag("browser")
class SupportLoopJourneyTests {

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
	void customerWritesAgentAnswersLiveAndResolves() {
		Browser browser = browsers.browser();
		// The platform creates an order for the customer (a signed order.created through
		// the real endpoint).
		Http http = new Http(this.port);
		Http.Response placed = http.post("/demo/api/customers/c-0001/orders", null).send();
		assertThat(placed.status()).as(placed.toString()).isBetween(200, 201);
		JsonNode order = placed.json();
		String orderNumber = order.path("number").asString();

		try (BrowserContext agentContext = browser
			.newContext(new Browser.NewContextOptions().setViewportSize(1440, 900));
				BrowserContext customerContext = browser
					.newContext(new Browser.NewContextOptions().setViewportSize(430, 900))) {
			// The agent signs in and watches the queue.
			Page agent = agentContext.newPage();
			agent.navigate(url("/agent?lang=en"));
			assertThat(agent).hasURL(Pattern.compile(".*/login.*"));
			agent.getByTestId("login-username").fill("agent");
			agent.getByTestId("login-password").fill("yordam-demo");
			agent.getByTestId("login-submit").click();
			assertThat(agent).hasURL(Pattern.compile(".*/agent.*"));
			assertThat(agent.getByTestId("live-state")).hasAttribute("data-state", "online");

			// The customer opens the app, finds the order and writes about it.
			Page customer = customerContext.newPage();
			customer.navigate(url("/demo/app?customer=c-0001"));
			Locator card = customer
				.locator("[data-testid=order-card][data-order-id='" + order.path("id").asString() + "']");
			assertThat(card).isVisible();
			card.getByTestId("order-help").click();
			assertThat(customer.getByTestId("chat-panel")).isVisible();
			// First the FAQ: the knowledge base in the customer's language, searched with
			// a
			// Latin-typed Russian phrase, and rated.
			customer.getByTestId("chat-faq-toggle").click();
			assertThat(customer.getByTestId("chat-faq-item").first()).isVisible();
			customer.getByTestId("chat-faq-search").fill("vozvrat deneg");
			customer.locator("[data-testid=chat-faq-item][data-slug=refunds]").click();
			assertThat(customer.getByTestId("chat-faq-body")).isVisible();
			customer.getByTestId("chat-faq-yes").click();
			assertThat(customer.getByTestId("chat-faq-thanks")).isVisible();
			Browsers.screenshot(customer, "customer-faq");
			customer.getByTestId("chat-faq-toggle").click();
			assertThat(customer.getByTestId("chat-input")).isVisible();
			String question = "Where is my order " + orderNumber + "? Still waiting.";
			customer.getByTestId("chat-input").fill(question);
			customer.getByTestId("chat-send").click();
			assertThat(customer.getByTestId("chat-message").filter(new Locator.FilterOptions().setHasText(question)))
				.isVisible();

			// The ticket appears in the queue without a reload.
			Locator row = agent.getByTestId("queue-row").filter(new Locator.FilterOptions().setHasText(question));
			assertThat(row).isVisible(
					new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setTimeout(15000));
			Browsers.screenshot(agent, "agent-queue");
			row.locator("a").first().click();

			// The ticket view shows the conversation and the order beside it.
			assertThat(agent.getByTestId("message").filter(new Locator.FilterOptions().setHasText(question)))
				.isVisible();
			assertThat(agent.getByTestId("order-number")).hasText(orderNumber);
			assertThat(agent.getByTestId("customer-360")).isVisible();
			// The knowledge base suggests the article for the question, in the customer's
			// language, ready
			// to paste.
			// (Articles are a tab of the tools beside the customer: the incident is first
			// when
			// an order is linked.)
			Browsers.openSideTab(agent, "articles");
			Locator suggestion = agent.locator("[data-testid=article-suggestion][data-slug=order-status]");
			assertThat(suggestion).isVisible();
			suggestion.getByTestId("article-insert").click();
			assertThat(agent.getByTestId("reply-input"))
				.hasValue(Pattern.compile("order screen|экране заказа|buyurtma ekranida"));
			agent.getByTestId("reply-input").fill("");
			assertThat(agent.getByTestId("live-state").first()).hasAttribute("data-state", "online");

			// A colleague opens the same ticket: each sees the other.
			try (BrowserContext colleagueContext = browser.newContext()) {
				Page colleague = Browsers.signIn(colleagueContext, url(""), "agent2");
				colleague.navigate(agent.url());
				assertThat(agent.getByTestId("viewers")).containsText("Sergey Kim");
				// The newcomer may miss the answer its own arrival provoked (its
				// SUBSCRIBE and
				// SEND are handled on a shared pool); the 10 s heartbeat then tells it.
				assertThat(colleague.getByTestId("viewers")).containsText("Dilnoza Yusupova",
						new LocatorAssertions.ContainsTextOptions().setTimeout(15_000));
			}

			String answer = "The courier is 5 minutes away. Sorry for the wait!";
			agent.getByTestId("reply-input").fill(answer);
			agent.getByTestId("reply-send").click();
			assertThat(agent.getByTestId("message").filter(new Locator.FilterOptions().setHasText(answer))).isVisible();
			// The properties follow live: answered, the ticket waits for the customer.
			assertThat(agent.getByTestId("ticket-status")).hasText("Pending customer");
			assertThat(agent.getByTestId("assignee")).hasText("Dilnoza Yusupova");

			// The customer sees the reply live.
			Locator reply = customer.locator("[data-testid=chat-message][data-author-kind=AGENT]")
				.filter(new Locator.FilterOptions().setHasText(answer));
			assertThat(reply).isVisible();
			Browsers.screenshot(customer, "customer-chat");
			Browsers.screenshot(agent, "agent-ticket");

			// The agent resolves.
			agent.getByTestId("resolve").click();
			assertThat(agent.getByTestId("ticket-status")).hasText("Solved");
		}
	}

}
