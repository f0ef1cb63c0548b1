package io.yordam.journeys;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
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

/**
 * Issue 13 in a real browser at 1366×768: an agent sends a suggested article whole, then
 * one paragraph of it, in the customer's language; a search for an exact order number
 * shows that order's ticket first; an admin edits an article beside its live preview; the
 * playbook settings' history shows what a version changed and brings an earlier one back.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "yordam.demo.enabled=true", "yordam.demo.simulator.enabled=false" })
@ActiveProfiles("test")
@Tag("browser")
class KnowledgeAndSearchJourneyTests {

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

	BrowserContext laptop() {
		return browsers.browser().newContext(new Browser.NewContextOptions().setViewportSize(1366, 768));
	}

	/** A customer writes about an order of theirs; the ticket's id. */
	String ticketFrom(String name, String language, String orderNumber, String text) {
		Http http = new Http(this.port);
		String customerId = "c-kb-" + UUID.randomUUID().toString().substring(0, 8);
		PlatformEventBuilder order = PlatformEventBuilder.anOrderEvent()
			.customer(customerId, name, language)
			.status("DELIVERED")
			.number(orderNumber)
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

	static String orderNumber() {
		return "E24-" + (500000 + ThreadLocalRandom.current().nextInt(499999));
	}

	@Test
	void anAgentSendsAnArticleWholeThenOneParagraphInTheCustomersLanguage() {
		String ticket = ticketFrom("Aziza Karimova", "uz", orderNumber(), "Buyurtmamda kola yoʻq, olib kelishmadi");
		String body = new Http(this.port).get("/api/v1/kb/articles/missing-items?locale=uz")
			.send()
			.json()
			.path("body")
			.asString();
		String[] paragraphs = body.split("\n\n");
		try (BrowserContext context = laptop()) {
			Page agent = Browsers.signIn(context, url(""), "agent");
			agent.navigate(url("/agent/tickets/" + ticket + "?lang=ru"));
			// The articles are one of the side panel's tabs.
			Browsers.openSideTab(agent, "articles");
			Locator first = agent.getByTestId("article-suggestion").first();
			assertThat(first).hasAttribute("data-slug", "missing-items");
			assertThat(first).hasAttribute("data-language", "uz");
			assertThat(agent.getByTestId("article-topic")).containsText("Чего-то не хватает");
			assertThat(agent.locator("[data-testid=article-suggestion][data-slug=payment-methods]")).hasCount(0);

			// Whole: the article's every paragraph, in Uzbek, nothing cut.
			Locator reply = agent.getByTestId("reply-input");
			first.getByTestId("article-insert").click();
			assertThat(reply).hasValue(body);
			Browsers.screenshot(agent, "agent-article-insert");

			// One paragraph, after what the agent wrote, a blank line apart.
			reply.fill("Assalomu alaykum, Aziza!");
			first.getByTestId("article-expand").click();
			Locator second = first.getByTestId("article-paragraph").nth(1);
			assertThat(second).containsText(paragraphs[1].substring(0, 30));
			second.getByTestId("article-insert-paragraph").click();
			assertThat(reply).hasValue("Assalomu alaykum, Aziza!\n\n" + paragraphs[1]);
			Browsers.screenshot(agent, "agent-article-paragraph");

			// The agent looks for another article by their own words.
			Locator search = agent.getByTestId("article-search");
			search.fill("promokod");
			search.press("Enter");
			assertThat(agent.getByTestId("article-suggestion").first()).hasAttribute("data-slug", "promo-codes");
		}
	}

	@Test
	void aSearchForAnExactOrderNumberShowsThatTicketFirst() {
		String number = orderNumber();
		String near = number.substring(0, number.length() - 1) + ((number.endsWith("9")) ? "8" : "9");
		for (String text : List.of("Заказ " + near + " опаздывает, где курьер?", "Курьер опаздывает с заказом " + near,
				"Где мой заказ E24? Номер " + near, "Заказ E24 не привезли, курьер опаздывает")) {
			ticketFrom("Other Customer", "ru", orderNumber(), text);
		}
		String ticket = ticketFrom("Emily Clark", "en", number, "Hello, I need help");
		try (BrowserContext context = laptop()) {
			Page agent = Browsers.signIn(context, url(""), "agent");
			agent.navigate(url("/agent?lang=en"));
			agent.keyboard().press("/");
			agent.getByTestId("global-search").fill(number);
			agent.getByTestId("global-search").press("Enter");
			Locator first = agent.getByTestId("search-hit").first();
			assertThat(first).hasAttribute("data-ticket-id", ticket);
			assertThat(first.getByTestId("search-exact")).hasText("order number");
			assertThat(agent.getByTestId("search-hit")).not().hasCount(1);
			Browsers.screenshot(agent, "agent-search-exact-order");
			first.locator("a").first().click();
			assertThat(agent).hasURL(java.util.regex.Pattern.compile(".*/agent/tickets/" + ticket + ".*"));
		}
	}

	@Test
	void anAdminEditsAnArticleBesideItsPreview() {
		try (BrowserContext context = laptop()) {
			Page admin = Browsers.signIn(context, url(""), "admin");
			admin.navigate(url("/agent/kb?lang=en"));
			admin.locator("[data-testid=kb-row][data-slug=delivery-fee] a").click();
			// The title is the heading, not the address.
			assertThat(admin.getByTestId("kb-heading")).hasText("How much delivery costs");
			assertThat(admin.getByTestId("kb-address")).hasText("delivery-fee");

			// The Uzbek tab: its text beside what its readers will see.
			admin.getByTestId("kb-tab-uz").click();
			Locator pane = admin.getByTestId("kb-pane-uz");
			assertThat(pane).isVisible();
			assertThat(admin.getByTestId("kb-pane-en")).isHidden();
			Locator preview = pane.getByTestId("kb-preview");
			assertThat(preview.getByTestId("article-rendered-title")).hasText("Yetkazib berish qancha turadi");
			Locator body = pane.getByTestId("kb-uz-body");
			body.press("Control+End");
			body.pressSequentially("\n\nKechasi <b>narx</b> yuqoriroq.");
			assertThat(preview.getByTestId("article-rendered-paragraph")).hasCount(2);
			assertThat(preview.getByTestId("article-rendered-paragraph").last())
				.hasText("Kechasi <b>narx</b> yuqoriroq.");
			assertThat(preview.locator("b")).hasCount(0);
			pane.getByTestId("kb-uz-title").fill("Yetkazib berish narxi");
			assertThat(preview.getByTestId("article-rendered-title")).hasText("Yetkazib berish narxi");
			assertThat(admin.getByTestId("kb-tab-uz")).hasAttribute("data-filled", "true");
			Browsers.screenshot(admin, "admin-kb-editor");

			admin.getByTestId("kb-save").click();
			assertThat(admin.getByTestId("kb-saved")).isVisible();
			assertThat(admin.getByTestId("kb-has-draft")).isVisible();
		}
	}

	@Test
	void playbookHistoryShowsWhatChangedAndAnEarlierVersionComesBack() {
		try (BrowserContext context = browsers.browser()
			.newContext(new Browser.NewContextOptions().setViewportSize(1366, 1100))) {
			Page admin = Browsers.signIn(context, url(""), "admin");
			admin.navigate(url("/agent/settings/playbooks?lang=ru"));
			String amount = admin.getByTestId("bracket0-amount").inputValue();
			long raised = Long.parseLong(amount) + 5000;

			// No reason: refused, in Russian, naming the field.
			admin.getByTestId("bracket0-amount").fill(String.valueOf(raised));
			admin.getByTestId("settings-save").click();
			assertThat(admin.locator("[data-testid=settings-error][data-field=reason]"))
				.containsText("Укажите причину");

			admin.getByTestId("bracket0-amount").fill(String.valueOf(raised));
			admin.getByTestId("settings-comment").fill("Зима: первый порог выше");
			admin.getByTestId("settings-save").click();
			assertThat(admin.getByTestId("settings-saved")).isVisible();

			// The new version, open, with what it changed.
			Locator latest = admin.getByTestId("settings-version").first();
			assertThat(latest.getByTestId("settings-version-reason")).hasText("Зима: первый порог выше");
			Locator row = latest.locator("[data-testid=settings-diff-row][data-field='lateBrackets[0].amount']");
			assertThat(row).containsText("Опоздание, порог 1: сумма");
			assertThat(row.locator(".after"))
				.containsText(String.format(java.util.Locale.ROOT, "%,d", raised).replace(',', ' '));
			admin.getByTestId("settings-history").evaluate("e => e.scrollIntoView()");
			Browsers.screenshot(admin, "admin-playbook-history");

			// Back to the version before, with a reason.
			Locator previous = admin.getByTestId("settings-version").nth(1);
			String back = previous.getAttribute("data-version");
			previous.getByTestId("settings-revert").click();
			assertThat(admin.locator("[data-testid=revert-error][data-field=reason]")).isVisible();
			previous = admin.locator("[data-testid=settings-version][data-version='" + back + "']");
			previous.getByTestId("settings-revert-reason").fill("Жалобы: как было");
			previous.getByTestId("settings-revert").click();
			assertThat(admin.getByTestId("settings-reverted")).isVisible();
			assertThat(admin.getByTestId("bracket0-amount")).hasValue(amount);
			assertThat(admin.getByTestId("settings-version").first().getByTestId("settings-version-revert"))
				.containsText("v" + back);
			admin.getByTestId("settings-history").evaluate("e => e.scrollIntoView()");
			Browsers.screenshot(admin, "admin-playbook-revert");
		}
	}

}
