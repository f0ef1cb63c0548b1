package io.yordam.journeys;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

/**
 * Told before they ask (issue 17), in real browsers, with the demo's notice policy (late
 * care on in its cities, no quiet hours): an order runs late, the customer opens the chat
 * and finds the notice and the credit already there, asks "where is my order?" and the
 * bot answers with the new time and the credit already given; the polite push offer comes
 * only after a notice; a delivered order's "Something wrong?" turns the chat to that
 * order; the agent sees on the customer-360 what the customer was told.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "yordam.demo.enabled=true", "yordam.demo.simulator.enabled=false", "yordam.bot.enabled=true" })
@ActiveProfiles("test")
@Tag("browser")
class NoticesJourneyTests {

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
	void aLateOrderIsToldAndCreditedBeforeTheCustomerAsksAndTheBotKnows() {
		Instant now = Instant.now();
		Instant eta = now.plus(Duration.ofMinutes(12));
		// On its way, promised 25 minutes ago: late care's 15-minute bracket pays 10 000
		// so'm.
		PlatformEventBuilder order = PlatformEventBuilder.anOrderEvent()
			.customer("c-0004", "Emily Clark", "en")
			.at(now.minus(Duration.ofMinutes(55)))
			.status("ON_THE_WAY")
			.courier("k-001", "Bekzod", "+998901112200")
			.promised(now.minus(Duration.ofMinutes(25)), eta)
			.items(List.of(line("lagman", "Lagman", 1, 42000)))
			.sendTo(new Http(this.port), this.platform.signature());
		String time = DateTimeFormatter.ofPattern("HH:mm").format(eta.atZone(ZoneId.of("Asia/Tashkent")));

		try (BrowserContext context = browsers.browser()
			.newContext(new Browser.NewContextOptions().setViewportSize(430, 900).setLocale("en-GB"))) {
			Page customer = context.newPage();
			customer.navigate(url("/demo/app?customer=c-0004"));
			customer.getByTestId("open-chat").click();

			// The notice is waiting at the top of the chat, with the credit in it.
			Locator strip = customer.getByTestId("chat-notice");
			assertThat(strip).isVisible(SLOW);
			assertThat(strip).hasAttribute("data-kind", "LATE_CARE_CREDITED");
			assertThat(strip.getByTestId("chat-notice-title")).containsText(order.number());
			assertThat(strip.getByTestId("chat-notice-body")).containsText(Pattern.compile("added \\d+ 000 so'm"));
			assertThat(strip.getByTestId("chat-notice-body")).containsText(time);
			Matcher credited = Pattern.compile("(\\d+ 000) so'm")
				.matcher(strip.getByTestId("chat-notice-body").textContent());
			org.assertj.core.api.Assertions.assertThat(credited.find()).isTrue();
			String amount = credited.group(1);
			assertThat(strip.getByTestId("chat-notice-title")).containsText(amount + " so'm");
			assertThat(customer.getByTestId("chat-notices-badge")).hasText("1");

			// Only now, after a notice, the offer of push on this device; "Not now" is
			// kept.
			Locator offer = customer.getByTestId("chat-push-offer");
			assertThat(offer).isVisible();
			Browsers.screenshot(customer, "customer-late-care-notice");
			customer.getByTestId("chat-push-no").click();
			assertThat(offer).isHidden();

			// The customer asks anyway: the bot already knows the new time and the
			// credit.
			customer.getByTestId("chat-input").fill("Where is my order?");
			customer.getByTestId("chat-send").click();
			Locator answer = customer.locator("[data-testid=chat-message][data-author-kind=BOT]")
				.filter(new Locator.FilterOptions().setHasText(amount));
			assertThat(answer.last()).isVisible(SLOW);
			assertThat(answer.last()).containsText(time);
			Browsers.screenshot(customer, "customer-bot-knows-late-care");

			// The history and the switches: "the courier is near" off, and it stays off.
			strip.getByTestId("chat-notice-dismiss").click();
			assertThat(strip).isHidden();
			assertThat(customer.getByTestId("chat-notices-badge")).isHidden();
			customer.getByTestId("chat-notices-toggle").click();
			assertThat(customer.getByTestId("chat-notice-item")).hasCount(1);
			Locator near = customer.locator("[data-testid=chat-notice-switch][data-kind=COURIER_NEAR]");
			assertThat(near).isChecked();
			near.uncheck();
			assertThat(near).not().isChecked();
			Browsers.screenshot(customer, "customer-notice-history");
			customer.reload();
			customer.getByTestId("open-chat").click();
			assertThat(customer.getByTestId("chat-notices-toggle")).isVisible(SLOW);
			assertThat(customer.getByTestId("chat-push-offer")).isHidden();
			customer.getByTestId("chat-notices-toggle").click();
			assertThat(customer.locator("[data-testid=chat-notice-switch][data-kind=COURIER_NEAR]")).not().isChecked();
			assertThat(customer.locator("[data-testid=chat-notice-switch][data-kind=ORDER_LATE]")).isChecked();
		}
	}

	@Test
	void aDeliveredOrdersSomethingWrongTurnsTheChatToThatOrderInUzbek() {
		Instant now = Instant.now();
		PlatformEventBuilder order = PlatformEventBuilder.anOrderEvent()
			.customer("c-0002", "Dilnoza Karimova", "uz")
			.at(now.minus(Duration.ofMinutes(40)))
			.status("ON_THE_WAY")
			.promised(now.plus(Duration.ofMinutes(5)), now.plus(Duration.ofMinutes(5)))
			.sendTo(new Http(this.port), this.platform.signature());
		try (BrowserContext context = browsers.browser()
			.newContext(new Browser.NewContextOptions().setViewportSize(430, 900))) {
			Page customer = context.newPage();
			customer.navigate(url("/demo/app?customer=c-0002"));
			customer.getByTestId("open-chat").click();
			assertThat(customer.getByTestId("chat-notices-toggle")).isVisible(SLOW);

			// Delivered while the chat is open: the notice arrives live.
			order.id("ev-delivered-" + order.orderId())
				.type("order.delivered")
				.at(Instant.now())
				.status("DELIVERED")
				.deliveredAt(Instant.now())
				.sendTo(new Http(this.port), this.platform.signature());
			Locator strip = customer.getByTestId("chat-notice");
			assertThat(strip).isVisible(SLOW);
			assertThat(strip).hasAttribute("data-kind", "DELIVERED");
			Locator wrong = strip.getByTestId("chat-notice-wrong");
			assertThat(wrong).hasText("Nimadir noto'g'rimi?");
			wrong.click();
			assertThat(customer.getByTestId("chat-input")).hasValue(order.number() + " buyurtmada muammo bor: ");
			assertThat(customer.locator(".yc-subtitle")).containsText(order.number());
			Browsers.screenshot(customer, "customer-delivered-something-wrong");
		}
	}

}
