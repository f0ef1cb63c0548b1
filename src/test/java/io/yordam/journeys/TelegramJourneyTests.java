package io.yordam.journeys;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import io.yordam.orders.PlatformEventBuilder;
import io.yordam.orders.PlatformProperties;
import io.yordam.support.Http;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.yordam.orders.PlatformEventBuilder.line;

/**
 * The Telegram channel in real browsers, with the demo's Telegram (a local Bot API server
 * the channel polls) and the demo page that plays the customer's Telegram app: an Uzbek
 * customer opens the app's "continue in Telegram" link, reports a missing drink, and
 * takes bonus credit from the bot's inline buttons without a person; a Russian customer
 * asks for a person, and the agent's answer from the workspace arrives in Telegram.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "yordam.demo.enabled=true", "yordam.demo.simulator.enabled=false", "yordam.bot.enabled=true" })
@ActiveProfiles("test")
@Tag("browser")
class TelegramJourneyTests {

	static final LocatorAssertions.IsVisibleOptions SLOW = new LocatorAssertions.IsVisibleOptions().setTimeout(20000);

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

	@Test
	void aTelegramCustomerMissingADrinkTakesBonusCreditFromTheBot() {
		Instant now = Instant.now();
		PlatformEventBuilder order = PlatformEventBuilder.anOrderEvent()
			.customer("c-0003", "Jasur Toshmatov", "uz")
			.at(now.minus(Duration.ofMinutes(50)))
			.status("DELIVERED")
			.deliveredAt(now.minus(Duration.ofMinutes(15)))
			.items(List.of(line("osh", "Toʻy oshi", 1, 45000), line("cola", "Coca-Cola 0.5", 1, 9000)))
			.sendTo(new Http(this.port), this.platform.signature());
		String digits = order.number().substring(order.number().indexOf('-') + 1);
		try (BrowserContext context = browsers.browser()
			.newContext(new Browser.NewContextOptions().setViewportSize(440, 900))) {
			Page telegram = context.newPage();
			telegram.navigate(url("/demo/telegram?lang=uz&customer=c-0003"));
			assertThat(telegram.getByTestId("tg-empty")).isVisible();
			telegram.getByTestId("tg-link").click();
			assertThat(bot(telegram).filter(new Locator.FilterOptions().setHasText("Tayyor"))).isVisible(SLOW);

			telegram.getByTestId("tg-input").fill("Assalomu alaykum, " + digits + " buyurtmamda kola yoʻq edi");
			telegram.getByTestId("tg-send").click();
			Locator bonus = telegram.getByTestId("tg-button").filter(new Locator.FilterOptions().setHasText("Bonus"));
			assertThat(bonus.first()).isVisible(SLOW);
			Browsers.screenshot(telegram, "telegram-bot-missing-drink");
			bonus.first().click();

			// The bonus is credited through the platform, and the chat says so.
			assertThat(bot(telegram).filter(new Locator.FilterOptions().setHasText("9 000")).last()).isVisible(SLOW);
			Browsers.screenshot(telegram, "telegram-bonus-credited");
		}
	}

	@Test
	void anAgentsAnswerFromTheWorkspaceArrivesInTelegram() {
		try (BrowserContext customerContext = browsers.browser()
			.newContext(new Browser.NewContextOptions().setViewportSize(440, 900));
				BrowserContext agentContext = browsers.browser()
					.newContext(new Browser.NewContextOptions().setViewportSize(1440, 900))) {
			Page telegram = customerContext.newPage();
			telegram.navigate(url("/demo/telegram?lang=ru&customer=c-0001"));
			String report = "Курьер оставил заказ не у той двери. Позовите оператора, пожалуйста";
			telegram.getByTestId("tg-input").fill(report);
			telegram.getByTestId("tg-send").click();
			assertThat(bot(telegram).first()).isVisible(SLOW);

			Page agent = Browsers.signIn(agentContext, url(""), "agent");
			agent.navigate(url("/agent?lang=en"));
			Locator row = agent.getByTestId("queue-row").filter(new Locator.FilterOptions().setHasText(report));
			assertThat(row).isVisible(SLOW);
			assertThat(row.getByTestId("queue-channel")).hasText("✈");
			row.locator("a").first().click();
			assertThat(agent.getByTestId("ticket-channel")).containsText("Telegram");
			assertThat(agent.getByTestId("reply-by-telegram")).isVisible();
			// The customer's history lists the ticket with its channel.
			assertThat(agent.getByTestId("customer-ticket-channel").first()).hasText("✈");
			agent.getByTestId("reply-input").fill("Здравствуйте! Уже связались с курьером, он вернётся через 5 минут.");
			agent.getByTestId("reply-send").click();
			assertThat(agent.getByTestId("messages")
				.getByText("Здравствуйте! Уже связались с курьером, он вернётся через 5 минут.")).isVisible();
			// An image from the reply box, with the text as its caption.
			agent.getByTestId("reply-input").fill("Вот где сейчас курьер");
			agent.getByTestId("reply-image")
				.setInputFiles(new com.microsoft.playwright.options.FilePayload("map.png", "image/png", map()));
			assertThat(agent.locator("[data-testid=message][data-author-kind=AGENT] img.attachment")).isVisible(SLOW);
			Browsers.screenshot(agent, "telegram-ticket");

			assertThat(bot(telegram).filter(new Locator.FilterOptions().setHasText("он вернётся через 5 минут")))
				.isVisible(SLOW);
			assertThat(telegram.locator("[data-testid=tg-message][data-from=bot] img")).isVisible(SLOW);
			assertThat(bot(telegram).filter(new Locator.FilterOptions().setHasText("Вот где сейчас курьер")))
				.isVisible();
			Browsers.screenshot(telegram, "telegram-customer-chat");
		}
	}

	/** A small map with the courier's way to the door, as an agent might send it. */
	private static byte[] map() {
		java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(320, 180,
				java.awt.image.BufferedImage.TYPE_INT_RGB);
		java.awt.Graphics2D g = image.createGraphics();
		g.setRenderingHint(java.awt.RenderingHints.KEY_ANTIALIASING, java.awt.RenderingHints.VALUE_ANTIALIAS_ON);
		g.setColor(new java.awt.Color(0xEEF1E6));
		g.fillRect(0, 0, 320, 180);
		g.setColor(java.awt.Color.WHITE);
		g.fillRect(0, 80, 320, 22);
		g.fillRect(150, 0, 22, 180);
		g.setColor(new java.awt.Color(0x2A9FD8));
		g.setStroke(new java.awt.BasicStroke(5));
		g.drawPolyline(new int[] { 20, 160, 160, 260 }, new int[] { 91, 91, 40, 40 }, 4);
		g.setColor(new java.awt.Color(0xD64545));
		g.fillOval(250, 28, 22, 22);
		g.dispose();
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		try {
			javax.imageio.ImageIO.write(image, "png", out);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static Locator bot(Page telegram) {
		return telegram.locator("[data-testid=tg-message][data-from=bot]");
	}

}
