package io.yordam.journeys;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.assertions.LocatorAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Routing in real browsers. The bot answers customers first; those who ask for a person
 * are handed off and wait in the queue. They see their place and the estimated wait in
 * the widget, in their language, changing live as agents come and go; the supervisor
 * gives the demo agents their languages and capacity on the Agents page, and each
 * handed-off ticket lands in the workspace of the agent who speaks the customer's
 * language. The two journeys share one database (agents' statuses and held tickets), so
 * they run in order and leave every agent offline.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "yordam.demo.enabled=true", "yordam.demo.simulator.enabled=false", "yordam.bot.enabled=true",
				// A context (and database) of its own: agents online here must not take
				// other journeys' tickets.
				"yordam.routing.test-context=journey" })
@ActiveProfiles("test")
@Tag("browser")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RoutingJourneyTests {

	static final LocatorAssertions.IsVisibleOptions SLOW = new LocatorAssertions.IsVisibleOptions().setTimeout(15000);

	static final LocatorAssertions.ContainsTextOptions SLOW_TEXT = new LocatorAssertions.ContainsTextOptions()
		.setTimeout(15000);

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

	BrowserContext phone() {
		return browsers.browser().newContext(new Browser.NewContextOptions().setViewportSize(430, 900));
	}

	BrowserContext desk() {
		return browsers.browser().newContext(new Browser.NewContextOptions().setViewportSize(1440, 900));
	}

	/**
	 * A demo customer opens the app's chat and asks for a person; the bot hands them off.
	 */
	static Page asksForAPerson(BrowserContext context, String baseUrl, String customerId, String text) {
		Page customer = context.newPage();
		customer.navigate(baseUrl + "/demo/app?customer=" + customerId);
		customer.getByTestId("open-chat").click();
		customer.getByTestId("chat-input").fill(text);
		customer.getByTestId("chat-send").click();
		assertThat(customer.locator("[data-testid=chat-message][data-author-kind=BOT]").first()).isVisible(SLOW);
		return customer;
	}

	/** The supervisor gives an agent exactly these languages and this capacity. */
	static void skills(Page supervisor, String agentName, String language, int capacity) {
		Locator row = supervisor.getByTestId("agent-row").filter(new Locator.FilterOptions().setHasText(agentName));
		for (String each : new String[] { "ru", "uz", "en" }) {
			row.locator("input[name=languages][value=" + each + "]").setChecked(each.equals(language));
		}
		row.getByTestId("capacity").fill(Integer.toString(capacity));
		row.getByTestId("save-skills").click();
		assertThat(supervisor).hasURL(Pattern.compile(".*/agent/agents\\?saved=.*"));
		Locator saved = supervisor.getByTestId("agent-row").filter(new Locator.FilterOptions().setHasText(agentName));
		assertThat(saved.locator("input[name=languages][value=" + language + "]")).isChecked();
		assertThat(saved.getByTestId("capacity")).hasValue(Integer.toString(capacity));
	}

	/**
	 * The agent switches their status in the workspace header, once it shows the current
	 * one (its script has run).
	 */
	static void status(Page agent, String status) {
		assertThat(agent.getByTestId("availability")).hasAttribute("data-status", Pattern.compile(".+"));
		switchTo(agent, status);
	}

	static void switchTo(Page agent, String status) {
		agent.getByTestId("agent-status").selectOption(status);
		assertThat(agent.getByTestId("availability")).hasAttribute("data-status", status);
	}

	static Locator rowWith(Page agent, String text) {
		return agent.getByTestId("queue-row").filter(new Locator.FilterOptions().setHasText(text));
	}

	@Test
	@Order(1)
	void aWaitingCustomerSeesTheirPlaceAndWaitChangeLiveInTheirLanguage() {
		try (BrowserContext supervisorContext = desk();
				BrowserContext agentContext = desk();
				BrowserContext uzContext = phone();
				BrowserContext ruContext = phone()) {
			// Dilnoza answers in Uzbek and takes one chat at a time.
			Page supervisor = Browsers.signIn(supervisorContext, url(""), "supervisor");
			supervisor.navigate(url("/agent/agents?lang=en"));
			skills(supervisor, "Dilnoza Yusupova", "uz", 1);
			skills(supervisor, "Sergey Kim", "ru", 3);
			Browsers.screenshot(supervisor, "routing-agents-skills");

			// Nobody is online: two customers wait, and the widget says so honestly, each
			// in the customer's language.
			String uzText = "Assalomu alaykum, menga operator kerak " + UUID.randomUUID().toString().substring(0, 6);
			Page uz = asksForAPerson(uzContext, url(""), "c-0003", uzText);
			Locator uzQueue = uz.getByTestId("chat-queue");
			assertThat(uzQueue).containsText("Navbatda 1-o'rindasiz", SLOW_TEXT);
			assertThat(uzQueue).containsText("kutish vaqti nomaʼlum");
			Browsers.screenshot(uz, "routing-widget-wait-unknown");

			Page ru = asksForAPerson(ruContext, url(""), "c-0001", "Здравствуйте, позовите оператора, пожалуйста");
			Locator ruQueue = ru.getByTestId("chat-queue");
			assertThat(ruQueue).containsText("Вы 2-й в очереди", SLOW_TEXT);
			assertThat(ruQueue).containsText("время ожидания неизвестно");

			// Dilnoza comes online in the workspace header: the Uzbek customer is hers at
			// once, and the Russian customer, now first, is told an estimate — both
			// without a reload.
			Page agent = Browsers.signIn(agentContext, url(""), "agent");
			assertThat(agent.getByTestId("availability")).hasAttribute("data-status", "OFFLINE");
			status(agent, "ONLINE");
			assertThat(uzQueue).isHidden(new LocatorAssertions.IsHiddenOptions().setTimeout(15000));
			assertThat(ruQueue).containsText("Вы 1-й в очереди", SLOW_TEXT);
			assertThat(ruQueue).containsText(Pattern.compile("ожидание: около \\d+ мин"));
			Browsers.screenshot(ru, "routing-widget-wait");

			// Her header shows her load, and the ticket is in her own view.
			assertThat(agent.getByTestId("agent-load")).hasText("1/1",
					new LocatorAssertions.HasTextOptions().setTimeout(20000));
			agent.getByTestId("tab-mine").click();
			assertThat(rowWith(agent, uzText)).isVisible(SLOW);
			assertThat(rowWith(agent, uzText)).containsText("Jasur Toshmatov");
			Browsers.screenshot(agent, "routing-agent-status");

			// She goes offline: nobody is left on the line, and the Russian customer's
			// estimate turns back to "unknown" live rather than promising minutes.
			status(agent, "OFFLINE");
			assertThat(ruQueue).containsText("время ожидания неизвестно", SLOW_TEXT);
			assertThat(ruQueue).containsText("Вы 1-й в очереди");
		}
	}

	@Test
	@Order(2)
	void aHandedOffTicketGoesToTheAgentWhoSpeaksTheCustomersLanguage() {
		try (BrowserContext supervisorContext = desk();
				BrowserContext agentContext = desk();
				BrowserContext agent2Context = desk();
				BrowserContext uzContext = phone();
				BrowserContext ruContext = phone()) {
			Page supervisor = Browsers.signIn(supervisorContext, url(""), "supervisor");
			supervisor.navigate(url("/agent/agents?lang=en"));
			skills(supervisor, "Dilnoza Yusupova", "uz", 3);
			skills(supervisor, "Sergey Kim", "ru", 3);

			// Both come online (Sergey first: he takes whatever Russian ticket still
			// waits).
			Page sergey = Browsers.signIn(agent2Context, url(""), "agent2");
			status(sergey, "ONLINE");
			Page dilnoza = Browsers.signIn(agentContext, url(""), "agent");
			status(dilnoza, "ONLINE");
			dilnoza.getByTestId("tab-mine").click();
			sergey.getByTestId("tab-mine").click();

			String uzText = "Salom, operator bilan gaplashmoqchiman " + UUID.randomUUID().toString().substring(0, 6);
			String ruText = "Добрый день, мне нужен оператор " + UUID.randomUUID().toString().substring(0, 6);
			Page uz = asksForAPerson(uzContext, url(""), "c-0002", uzText);
			Page ru = asksForAPerson(ruContext, url(""), "c-0001", ruText);

			// Each ticket appears live in the view of the agent who speaks its language,
			// and only there.
			assertThat(rowWith(dilnoza, uzText)).isVisible(SLOW);
			assertThat(rowWith(dilnoza, uzText)).containsText("Dilnoza Karimova");
			assertThat(rowWith(sergey, ruText)).isVisible(SLOW);
			assertThat(rowWith(sergey, ruText)).containsText("Алексей Смирнов");
			assertThat(rowWith(dilnoza, ruText)).hasCount(0);
			assertThat(rowWith(sergey, uzText)).hasCount(0);
			Browsers.screenshot(sergey, "routing-agent-mine");

			// The customers are no longer told to wait.
			assertThat(uz.getByTestId("chat-queue")).isHidden();
			assertThat(ru.getByTestId("chat-queue")).isHidden();

			// The ticket names its assignee, and the audit trail says why.
			rowWith(dilnoza, uzText).locator("a").first().click();
			assertThat(dilnoza.getByTestId("assignee")).hasText("Dilnoza Yusupova");
			// The routing reason is kept word for word in the entry's tooltip.
			assertThat(dilnoza.locator("[data-testid=audit-entry]:has([title*='speaks uz'])")).hasCount(1);
			rowWith(sergey, ruText).locator("a").first().click();
			assertThat(sergey.getByTestId("assignee")).hasText("Sergey Kim");
			// The routing reason is kept word for word in the entry's tooltip.
			assertThat(sergey.locator("[data-testid=audit-entry]:has([title*='speaks ru'])")).hasCount(1);

			status(dilnoza, "OFFLINE");
			status(sergey, "OFFLINE");
		}
	}

	@Test
	@Order(3)
	void aStaleReadOfTheStatusDoesNotUndoTheAgentsSwitch() {
		try (BrowserContext agentContext = desk()) {
			// The header's first read of the status is answered late, after the agent
			// switched: it must not put the select back to what it was.
			List<Runnable> held = new CopyOnWriteArrayList<>();
			agentContext.route("**/api/v1/agent/me/availability", route -> {
				APIResponse stale = route.fetch();
				held.add(() -> route.fulfill(new Route.FulfillOptions().setResponse(stale)));
			});
			Page agent = Browsers.signIn(agentContext, url(""), "agent2");
			// The header's script has run: it asked.
			agent.waitForCondition(() -> !held.isEmpty());
			switchTo(agent, "ONLINE");
			agent.waitForResponse(r -> r.url().endsWith("/api/v1/agent/me/availability"), held.get(0));
			// Let the page handle the late answer before looking.
			agent.evaluate("() => new Promise(done => setTimeout(done, 300))");
			assertThat(agent.getByTestId("availability")).hasAttribute("data-status", "ONLINE");
			assertThat(agent.getByTestId("agent-status")).hasValue("ONLINE");
			agentContext.unrouteAll();
			status(agent, "OFFLINE");
		}
	}

}
