package io.yordam.journeys;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import io.yordam.access.PlatformRole;
import io.yordam.access.PlatformTokens;
import io.yordam.access.PlatformUser;
import io.yordam.orders.PlatformEventBuilder;
import io.yordam.orders.PlatformProperties;
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
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The agent's one screen (issue 13) in a real browser: at 1366×768 and 1920×1080, in
 * Russian and Uzbek, the order card and the customer-360 are in view without scrolling
 * while the chat, the ticket's fields and the tools share the screen; "?" opens the sheet
 * of shortcuts on the queue and the ticket, Esc closes it and nothing else; the number
 * keys switch the tools' tabs; and the reply's draft survives a reload and another
 * machine, and is gone once sent.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "yordam.demo.enabled=true", "yordam.demo.simulator.enabled=false" })
@ActiveProfiles("test")
@Tag("browser")
class TicketScreenJourneyTests {

	static Browsers browsers;

	@LocalServerPort
	int port;

	@Autowired
	PlatformTokens tokens;

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

	String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	record Ticket(String id, String orderNumber) {
	}

	/**
	 * A customer with a full order (seven lines, a courier, a long timeline, a failed
	 * payment) writes about it: the most an order card has to hold.
	 */
	Ticket ticketFrom(String name, String language, String text) {
		Http http = new Http(this.port);
		String customerId = "c-screen-" + UUID.randomUUID().toString().substring(0, 8);
		Instant created = Instant.parse("2026-11-23T08:20:00Z");
		PlatformEventBuilder order = PlatformEventBuilder.anOrderEvent()
			.customer(customerId, name, language)
			.status("ON_THE_WAY")
			.payment("CARD", "FAILED")
			.courier("k-77", "Rustam Mirzayev", "+998901112233")
			.items(List.of(PlatformEventBuilder.line("plov", "Плов по-ташкентски", 2, 45000),
					PlatformEventBuilder.line("non", "Non", 3, 5000),
					PlatformEventBuilder.line("manti", "Манты с тыквой", 1, 38000),
					PlatformEventBuilder.line("shurpa", "Шурпа", 1, 32000),
					PlatformEventBuilder.line("salad", "Ачичук", 2, 14000),
					PlatformEventBuilder.line("tea", "Зелёный чай, чайник", 1, 12000),
					PlatformEventBuilder.line("samsa", "Самса с говядиной", 4, 9000)))
			.step("CREATED", created)
			.step("ACCEPTED", created.plusSeconds(60))
			.step("COOKING", created.plusSeconds(300))
			.step("READY", created.plusSeconds(1500))
			.step("ON_THE_WAY", created.plusSeconds(1800))
			.sendTo(http, this.platform.signature());
		String token = this.tokens.issue(new PlatformUser(customerId, PlatformRole.CUSTOMER, name, language),
				Duration.ofHours(1));
		String conversation = http
			.post("/api/v1/conversations", Map.of("orderId", order.orderId(), "text", text, "clientMessageId", "c1"))
			.bearer(token)
			.send()
			.json()
			.path("id")
			.asString();
		String id = org.awaitility.Awaitility.await()
			.atMost(Duration.ofSeconds(10))
			.until(() -> this.jdbc
				.queryForList("select id from tickets where conversation_id = ?", UUID.class,
						UUID.fromString(conversation))
				.stream()
				.findFirst()
				.map(UUID::toString)
				.orElse(null), java.util.Objects::nonNull);
		return new Ticket(id, order.number());
	}

	/** Wholly inside the window as it opened: seen without scrolling anything. */
	static void inView(Page page, String testId) {
		Locator element = page.getByTestId(testId);
		assertThat(element).isVisible();
		BoundingBox box = element.boundingBox();
		int width = page.viewportSize().width;
		int height = page.viewportSize().height;
		assertThat(box.x).as(testId + " left edge").isGreaterThanOrEqualTo(0);
		assertThat(box.y).as(testId + " top edge").isGreaterThanOrEqualTo(0);
		assertThat(box.x + box.width).as(testId + " right edge within " + width).isLessThanOrEqualTo(width);
		assertThat(box.y + box.height).as(testId + " bottom edge within " + height).isLessThanOrEqualTo(height);
	}

	@Test
	void theOrderAndTheCustomerAreOnScreenWithoutScrolling() {
		Ticket ticket = ticketFrom("Alisher Usmonov", "ru", "Заказ опаздывает уже на полчаса, где курьер?");
		Browser browser = browsers.browser();
		for (int[] size : new int[][] { { 1366, 768 }, { 1920, 1080 } }) {
			try (BrowserContext context = browser
				.newContext(new Browser.NewContextOptions().setViewportSize(size[0], size[1]))) {
				Page agent = Browsers.signIn(context, url(""), "agent");
				for (String language : List.of("ru", "uz")) {
					agent.navigate(url("/agent/tickets/" + ticket.id() + "?lang=" + language));
					assertThat(agent.getByTestId("order-number")).hasText(ticket.orderNumber());
					assertThat(agent.getByTestId("order-items").locator("tr")).hasCount(7);
					assertThat(agent.getByTestId("order-courier")).containsText("Rustam Mirzayev");
					assertThat(agent.getByTestId("customer-name")).hasText("Alisher Usmonov");
					assertThat(agent.getByTestId("customer-orders-count"))
						.hasText("ru".equals(language) ? "1 заказ" : "1 buyurtma");
					assertThat(agent.getByTestId("side-tabs").getByTestId("incident-panel")).isVisible();

					// The page itself never scrolls: each column scrolls on its own.
					assertThat((Boolean) agent
						.evaluate("() => document.scrollingElement.scrollHeight <= window.innerHeight")).isTrue();
					for (String each : List.of("customer-summary", "linked-order", "order-payment", "order-eta",
							"bonus-balance", "customer-language", "ticket-status", "status-select", "priority-select",
							"category-select", "reply-input", "reply-send", "messages", "side-tab-articles")) {
						inView(agent, each);
					}
					if (size[0] == 1366) {
						Browsers.screenshot(agent, "agent-ticket-" + language);
					}
				}
				// Tagged vip: the customer-360 says so, live.
				agent.getByTestId("tag-input").fill("vip");
				agent.getByTestId("tag-input").press("Enter");
				assertThat(agent.getByTestId("customer-vip")).isVisible();
				inView(agent, "customer-summary");
			}
		}
	}

	@Test
	void questionMarkOpensTheSheetOfEveryShortcutAndEscClosesOnlyIt() {
		Ticket ticket = ticketFrom("Gulnora Rashidova", "uz", "Buyurtmam qayerda?");
		Browser browser = browsers.browser();
		try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 768))) {
			Page agent = Browsers.signIn(context, url(""), "agent");
			agent.navigate(url("/agent?lang=uz"));
			Locator sheet = agent.getByTestId("shortcuts-sheet");
			assertThat(sheet).isHidden();
			agent.keyboard().press("?");
			assertThat(sheet).isVisible();
			assertThat(sheet).containsText("Tezkor tugmalar");
			assertThat(sheet).containsText("Alt");
			agent.keyboard().press("Escape");
			assertThat(sheet).isHidden();

			agent.navigate(url("/agent/tickets/" + ticket.id() + "?lang=ru"));
			assertThat(agent.getByTestId("side-tab-incident")).hasAttribute("aria-selected", "true");
			agent.keyboard().press("?");
			assertThat(sheet).isVisible();
			for (String key : List.of("Ctrl", "Enter", "j", "k", "Alt", "G", "C", ";", "1", "4", "Esc", "r", "n")) {
				assertThat(sheet.locator("kbd").filter(new Locator.FilterOptions().setHasText(key)).first())
					.isVisible();
			}
			assertThat(sheet).containsText("Горячие клавиши");
			assertThat(sheet).containsText("Стандартное приветствие");
			Browsers.screenshot(agent, "agent-shortcuts-ru");
			// Esc closes the sheet; the ticket stays (Esc alone would go back to the
			// queue).
			agent.keyboard().press("Escape");
			assertThat(sheet).isHidden();
			assertThat(agent).hasURL(Pattern.compile(".*/agent/tickets/" + ticket.id() + ".*"));

			// The number keys switch the tools' tabs; arrows move along them.
			agent.keyboard().press("2");
			assertThat(agent.getByTestId("side-tab-articles")).hasAttribute("aria-selected", "true");
			assertThat(agent.getByTestId("article-suggestions")).isVisible();
			assertThat(agent.getByTestId("incident-panel")).isHidden();
			agent.keyboard().press("ArrowRight");
			assertThat(agent.getByTestId("side-tab-steps")).hasAttribute("aria-selected", "true");
			assertThat(agent.getByTestId("service-steps")).isVisible();
			agent.keyboard().press("4");
			assertThat(agent.getByTestId("side-tab-notes")).isFocused();
			assertThat(agent.locator("#activity")).isVisible();
			// "n" writes a note, "r" a reply; in a text field the keys are text.
			agent.keyboard().press("n");
			assertThat(agent.getByTestId("note-input")).isFocused();
			agent.keyboard().type("1?");
			assertThat(agent.getByTestId("note-input")).hasValue("1?");
			assertThat(sheet).isHidden();
			assertThat(agent.getByTestId("side-tab-notes")).hasAttribute("aria-selected", "true");
			agent.getByTestId("note-input").press("Escape");
			agent.locator("body").click(new Locator.ClickOptions().setPosition(5, 300));
			agent.keyboard().press("r");
			assertThat(agent.getByTestId("reply-input")).isFocused();
		}
	}

	@Test
	void theDraftFollowsTheAgentAndIsGoneOnceSent() {
		Ticket ticket = ticketFrom("Sarvar Qodirov", "ru", "Курьер не отвечает на звонки");
		String draft = "Сарвар, курьер Рустам будет у вас через 7 минут — я на связи с ним.";
		Browser browser = browsers.browser();
		try (BrowserContext machineA = browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 768));
				BrowserContext machineB = browser
					.newContext(new Browser.NewContextOptions().setViewportSize(1920, 1080));
				BrowserContext colleague = browser
					.newContext(new Browser.NewContextOptions().setViewportSize(1366, 768))) {
			Page agent = Browsers.signIn(machineA, url(""), "agent");
			agent.navigate(url("/agent/tickets/" + ticket.id() + "?lang=ru"));
			Locator reply = agent.getByTestId("reply-input");
			reply.click();
			reply.pressSequentially(draft);
			assertThat(agent.getByTestId("draft-state")).hasAttribute("data-state", "saved");
			assertThat(agent.getByTestId("draft-state")).containsText("Черновик сохранён");

			// A reload: the text is back.
			agent.reload();
			assertThat(agent.getByTestId("reply-input")).hasValue(draft);
			assertThat(agent.getByTestId("draft-state")).hasAttribute("data-state", "restored");
			Browsers.screenshot(agent, "agent-draft-restored");

			// Another machine, the same agent: the draft followed; a colleague has none
			// of it.
			Page elsewhere = Browsers.signIn(machineB, url(""), "agent");
			elsewhere.navigate(url("/agent/tickets/" + ticket.id() + "?lang=uz"));
			assertThat(elsewhere.getByTestId("reply-input")).hasValue(draft);
			assertThat(elsewhere.getByTestId("draft-state")).containsText("Qoralama tiklandi");
			Page sergey = Browsers.signIn(colleague, url(""), "agent2");
			sergey.navigate(url("/agent/tickets/" + ticket.id()));
			assertThat(sergey.getByTestId("live-state")).hasAttribute("data-state", "online");
			assertThat(sergey.getByTestId("reply-input")).hasValue("");

			// Sent (Ctrl+Enter): the reply is in the chat, the draft is gone everywhere.
			agent.getByTestId("reply-input").press("Control+Enter");
			assertThat(agent.getByTestId("message").filter(new Locator.FilterOptions().setHasText(draft))).isVisible();
			assertThat(agent.getByTestId("reply-input")).hasValue("");
			org.awaitility.Awaitility.await()
				.atMost(Duration.ofSeconds(10))
				.until(() -> this.jdbc.queryForObject("select count(*) from reply_drafts where ticket_id = ?",
						Integer.class, UUID.fromString(ticket.id())) == 0);
			agent.reload();
			assertThat(agent.getByTestId("message").filter(new Locator.FilterOptions().setHasText(draft))).isVisible();
			assertThat(agent.getByTestId("reply-input")).hasValue("");
			elsewhere.reload();
			assertThat(elsewhere.getByTestId("live-state")).hasAttribute("data-state", "online");
			assertThat(elsewhere.getByTestId("reply-input")).hasValue("");
		}
	}

	@Test
	void eachToolsTabSaysWhenItIsLoadingOrFailedAndRetries() {
		Ticket ticket = ticketFrom("Kamola Ergasheva", "ru", "Где мой заказ?");
		Browser browser = browsers.browser();
		try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 768))) {
			Page agent = Browsers.signIn(context, url(""), "agent");
			// The articles fail once; the incident panel is slow to come.
			java.util.concurrent.atomic.AtomicInteger articleCalls = new java.util.concurrent.atomic.AtomicInteger();
			agent.route("**/articles", route -> {
				if (articleCalls.getAndIncrement() == 0) {
					route.fulfill(new com.microsoft.playwright.Route.FulfillOptions().setStatus(500).setBody("down"));
				}
				else {
					route.resume();
				}
			});
			// Held, not blocked: a handler that waited would stall Playwright's one
			// thread,
			// and the assertions with it.
			java.util.concurrent.atomic.AtomicReference<com.microsoft.playwright.Route> incident = new java.util.concurrent.atomic.AtomicReference<>();
			agent.route("**/incident", incident::set);
			agent.navigate(url("/agent/tickets/" + ticket.id() + "?lang=ru"));
			Locator incidentPane = agent.locator("#side-pane-incident");
			assertThat(incidentPane.getByTestId("pane-loading")).hasText("Загрузка…");
			incident.get().resume();
			assertThat(incidentPane.getByTestId("incident-open-form")).isVisible();
			assertThat(incidentPane.getByTestId("pane-loading")).hasCount(0);

			agent.keyboard().press("2");
			Locator articlesPane = agent.locator("#side-pane-articles");
			assertThat(articlesPane.getByTestId("pane-failed")).containsText("Не удалось загрузить");
			articlesPane.getByTestId("pane-failed").getByRole(com.microsoft.playwright.options.AriaRole.BUTTON).click();
			assertThat(articlesPane.getByTestId("article-suggestions")).isVisible();
			assertThat(articlesPane.getByTestId("pane-failed")).hasCount(0);
			assertThat(agent.getByTestId("side-tab-articles").locator(".count")).not().hasText("");
		}
	}

}
