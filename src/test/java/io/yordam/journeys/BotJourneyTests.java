package io.yordam.journeys;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
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
import org.springframework.test.context.ActiveProfiles;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.yordam.orders.PlatformEventBuilder.line;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bot in real browsers: an Uzbek customer reports a missing drink in the widget and
 * takes bonus credit without a person; a customer who asks for a person is handed off,
 * and the agent picks the ticket up with the bot's summary; an admin edits the knowledge
 * base the bot answers from.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "yordam.demo.enabled=true", "yordam.demo.simulator.enabled=false", "yordam.bot.enabled=true" })
@ActiveProfiles("test")
@Tag("browser")
class BotJourneyTests {

	static final LocatorAssertions.IsVisibleOptions SLOW = new LocatorAssertions.IsVisibleOptions().setTimeout(15000);

	static Browsers browsers;

	@LocalServerPort
	int port;

	@Autowired
	PlatformProperties platform;

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

	/** A delivered order of a demo customer, straight from the platform's webhook. */
	PlatformEventBuilder deliveredOrder(String customerId, String locale) {
		Instant now = Instant.now();
		PlatformEventBuilder event = PlatformEventBuilder.anOrderEvent()
			.customer(customerId, "Jasur Toshmatov", locale)
			.at(now.minus(Duration.ofMinutes(50)))
			.status("DELIVERED")
			.deliveredAt(now.minus(Duration.ofMinutes(15)))
			.items(List.of(line("osh", "Toʻy oshi", 1, 45000), line("cola", "Coca-Cola 0.5", 1, 9000)));
		return event.sendTo(new Http(this.port), this.platform.signature());
	}

	@Test
	void anUzbekCustomerMissingADrinkTakesBonusCreditFromTheBot() {
		PlatformEventBuilder order = deliveredOrder("c-0003", "uz");
		String digits = order.number().substring(order.number().indexOf('-') + 1);
		try (BrowserContext customerContext = browsers.browser()
			.newContext(new Browser.NewContextOptions().setViewportSize(430, 900))) {
			Page customer = customerContext.newPage();
			customer.navigate(url("/demo/app?customer=c-0003"));
			customer.getByTestId("open-chat").click();
			customer.getByTestId("chat-input").fill("Assalomu alaykum, " + digits + " buyurtmamda kola yoʻq edi");
			customer.getByTestId("chat-send").click();

			// The bot answers in Uzbek with the playbook's options as buttons.
			Locator bonus = customer.locator("[data-testid=chat-quick-reply][data-action-id$=':BONUS_CREDIT']");
			assertThat(bonus).isVisible(SLOW);
			assertThat(customer.locator("[data-testid=chat-quick-reply][data-action-id$=':SEND_MISSING']")).isVisible();
			Browsers.screenshot(customer, "customer-bot-missing-drink");
			bonus.click();
			assertThat(bonus).hasAttribute("aria-pressed", "true");

			// The bonus is credited through the platform, and the chat says so.
			Locator done = customer.locator("[data-testid=chat-message][data-author-kind=SYSTEM]")
				.filter(new Locator.FilterOptions().setHasText("9 000"));
			assertThat(done.last()).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(20000));
			assertThat(customer.locator("[data-testid=chat-message][data-author-kind=AGENT]")).hasCount(0);
		}
	}

	@Test
	void aHandOffIsPickedUpByAnAgentWithTheBotsSummary() {
		try (BrowserContext agentContext = browsers.browser()
			.newContext(new Browser.NewContextOptions().setViewportSize(1440, 1000));
				BrowserContext customerContext = browsers.browser()
					.newContext(new Browser.NewContextOptions().setViewportSize(430, 900))) {
			Page customer = customerContext.newPage();
			customer.navigate(url("/demo/app?customer=c-0001"));
			customer.getByTestId("open-chat").click();
			String report = "Курьер нахамил мне у подъезда. Позовите оператора, пожалуйста";
			customer.getByTestId("chat-input").fill(report);
			customer.getByTestId("chat-send").click();
			assertThat(customer.locator("[data-testid=chat-message][data-author-kind=BOT]")
				.filter(new Locator.FilterOptions().setHasText("оператор"))).isVisible(SLOW);

			Page agent = Browsers.signIn(agentContext, url(""), "agent");
			Locator row = agent.getByTestId("queue-row").filter(new Locator.FilterOptions().setHasText(report));
			assertThat(row).isVisible(SLOW);
			row.locator("a").first().click();

			// The agent sees the bot's part of the conversation and its summary, in the
			// workspace's language (English here; the customer wrote Russian), in words.
			assertThat(agent.locator("[data-testid=message][data-author-kind=BOT]").first()).isVisible();
			Locator summary = agent.getByTestId("note")
				.filter(new Locator.FilterOptions().setHasText("Handed over by the bot"));
			assertThat(summary).containsText("Request: a person");
			assertThat(summary).containsText("The customer wrote: «Курьер нахамил");
			assertThat(summary).not().containsText("human_agent");
			assertThat(agent.getByTestId("tag").filter(new Locator.FilterOptions().setHasText("handed off by the bot")))
				.isVisible();
			Browsers.screenshot(agent, "agent-bot-handoff");

			// An agent who works in Uzbek reads the same summary in Uzbek.
			agent.navigate(agent.url() + "?lang=uz");
			Locator inUzbek = agent.getByTestId("note")
				.filter(new Locator.FilterOptions().setHasText("Bot suhbatni topshirdi"));
			assertThat(inUzbek).containsText("Soʻrov: operator");
			assertThat(inUzbek).containsText("Курьер нахамил");
			agent.navigate(agent.url().replace("?lang=uz", "?lang=en"));

			agent.getByTestId("reply-input").fill("Здравствуйте! Я оператор Yordam, разберусь с курьером.");
			agent.getByTestId("reply-send").click();
			assertThat(customer.locator("[data-testid=chat-message][data-author-kind=AGENT]")).isVisible(SLOW);
		}
	}

	@Test
	void anAdminEditsAndPublishesAnArticleThatTheBotAnswersWith() {
		try (BrowserContext adminContext = browsers.browser()
			.newContext(new Browser.NewContextOptions().setViewportSize(1280, 1000))) {
			Page admin = Browsers.signIn(adminContext, url(""), "admin");
			// The operator's language is kept between sessions: another journey may have
			// left the admin in Russian.
			admin.navigate(url("/agent?lang=en"));
			admin.getByTestId("nav-tools").click();
			admin.getByTestId("nav-kb").click();
			assertThat(admin.getByTestId("kb-row").first()).isVisible();
			admin.getByTestId("kb-new").click();
			admin.getByTestId("kb-slug").fill("night-delivery");
			admin.getByTestId("kb-category").selectOption("DELIVERY");
			// One tab per language (issue 13).
			admin.getByTestId("kb-tab-ru").click();
			admin.getByTestId("kb-ru-title").fill("Доставка ночью");
			admin.getByTestId("kb-ru-body")
				.fill("Ночью рестораны работают по своему графику: круглосуточные отмечены значком луны.");
			admin.getByTestId("kb-tab-uz").click();
			admin.getByTestId("kb-uz-title").fill("Tungi yetkazib berish");
			admin.getByTestId("kb-uz-body")
				.fill("Tunda restoranlar oʻz jadvali boʻyicha ishlaydi: kechayu kunduz ishlaydiganlari oy belgisi bilan.");
			admin.getByTestId("kb-save").click();
			assertThat(admin.getByTestId("kb-saved")).isVisible();
			assertThat(admin.getByTestId("kb-status")).hasText("Draft");

			// Bad input is refused, naming the field, and nothing changes.
			admin.getByTestId("kb-tab-ru").click();
			admin.getByTestId("kb-ru-title").fill("");
			admin.getByTestId("kb-save").click();
			assertThat(admin.locator("[data-testid=kb-error][data-field='content.ru.title']")).isVisible();
			// The refused edit kept what the admin typed, and the saved draft is
			// unchanged.
			assertThat(admin.getByTestId("kb-ru-body"))
				.hasValue("Ночью рестораны работают по своему графику: круглосуточные отмечены значком луны.");

			admin.navigate(url("/agent/kb/night-delivery"));
			admin.getByTestId("kb-save-publish").click();
			assertThat(admin.getByTestId("kb-published")).isVisible();
			// Draft, the draft saved again with the publication, published.
			assertThat(admin.getByTestId("kb-revision")).hasCount(3);
			Browsers.screenshot(admin, "admin-knowledge-base");

			Http.Response found = new Http(this.port).get("/api/v1/kb/search?q=dostavka%20nochyu&locale=ru").send();
			assertThat(found.json().get(0).path("slug").asString()).isEqualTo("night-delivery");
		}

		// An agent may not edit the knowledge base.
		try (BrowserContext agentContext = browsers.browser().newContext()) {
			Page agent = Browsers.signIn(agentContext, url(""), "agent");
			assertThat(agent.getByTestId("nav-kb")).hasCount(0);
			assertThat(agent.navigate(url("/agent/kb")).status()).isEqualTo(403);
		}
	}

}
