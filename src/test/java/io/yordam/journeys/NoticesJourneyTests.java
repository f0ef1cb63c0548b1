package io.yordam.journeys;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import io.yordam.access.OperatorRole;
import io.yordam.access.Operators;
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
		properties = { "yordam.demo.enabled=true", "yordam.demo.simulator.enabled=false", "yordam.bot.enabled=true",
				// Every order of the journey is told: none falls in the demo's holdout.
				"yordam.notices.holdout-percent=0" })
@ActiveProfiles("test")
@Tag("browser")
class NoticesJourneyTests {

	static final LocatorAssertions.IsVisibleOptions SLOW = new LocatorAssertions.IsVisibleOptions().setTimeout(20000);

	static Browsers browsers;

	@LocalServerPort
	int port;

	@Autowired
	PlatformProperties platform;

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

	@Test
	void theSupervisorReadsWhetherNoticesSpareContactsAndWhatLateCareCost() {
		Http http = new Http(this.port);
		String admin = this.operators
			.issueApiToken(this.operators.register("admin-" + UUID.randomUUID().toString().substring(0, 8), "Admin",
					"a-long-password", OperatorRole.ADMIN, "en"), "tests");
		holdout(http, admin, 50);
		try {
			// Twenty orders reach their door; half of them (by id) are told nothing.
			Instant now = Instant.now();
			List<String> customers = new ArrayList<>();
			for (int i = 0; i < 20; i++) {
				String customer = "c-j" + UUID.randomUUID().toString().substring(0, 8);
				customers.add(customer);
				PlatformEventBuilder order = PlatformEventBuilder.anOrderEvent()
					.customer(customer, "Customer " + i, "en")
					.at(now.minus(Duration.ofMinutes(20)))
					.status("ON_THE_WAY")
					.promised(now.plus(Duration.ofMinutes(5)), now.plus(Duration.ofMinutes(5)))
					.sendTo(http, this.platform.signature());
				order.id("ev-near-" + order.orderId())
					.type("courier.near")
					.at(Instant.now())
					.sendTo(http, this.platform.signature());
			}
			Map<String, String> status = new HashMap<>();
			for (int i = 0; i < 200 && status.size() < customers.size(); i++) {
				for (String customer : customers) {
					this.jdbc
						.queryForList("select status from notices where customer_id = ? and kind = 'COURIER_NEAR'",
								String.class, customer)
						.forEach(s -> status.put(customer, s));
				}
				sleep(100);
			}
			org.assertj.core.api.Assertions.assertThat(status).hasSize(customers.size());
			// Every held-out customer writes; of the told ones, one.
			int toldWriting = 0;
			for (String customer : customers) {
				if ("HELD_OUT".equals(status.get(customer))
						|| ("SENT".equals(status.get(customer)) && toldWriting++ == 0)) {
					String token = this.tokens.issue(new PlatformUser(customer, PlatformRole.CUSTOMER, "C", "en"),
							Duration.ofHours(1));
					org.assertj.core.api.Assertions
						.assertThat(http.post("/api/v1/conversations",
								Map.of("text", "Where is the courier?", "clientMessageId",
										UUID.randomUUID().toString()))
							.bearer(token)
							.send()
							.status())
						.isEqualTo(201);
				}
			}
			long heldOut = status.values().stream().filter("HELD_OUT"::equals).count();
			long told = status.values().stream().filter("SENT"::equals).count();

			try (BrowserContext context = browsers.browser()
				.newContext(new Browser.NewContextOptions().setViewportSize(1440, 900))) {
				Page supervisor = Browsers.signIn(context, url(""), "supervisor");
				supervisor.navigate(url("/agent?lang=en"));
				supervisor.getByTestId("nav-reports").click();
				supervisor.getByTestId("nav-notices").click();
				Locator near = supervisor.locator("[data-testid=notice-deflection-row][data-kind=COURIER_NEAR]");
				// Contacts are marked as their conversations start: read again until all
				// are.
				for (int i = 0; i < 40
						&& !near.getByTestId("notice-held-out-share").textContent().startsWith(heldOut + " ("); i++) {
					sleep(250);
					supervisor.reload();
				}
				assertThat(supervisor.getByTestId("notice-holdout")).containsText("50 %");
				assertThat(near.getByTestId("notice-told")).hasText(String.valueOf(told));
				assertThat(near.getByTestId("notice-held-out")).hasText(String.valueOf(heldOut));
				assertThat(near.getByTestId("notice-told-share")).containsText("1 (");
				assertThat(near.getByTestId("notice-held-out-share")).containsText(heldOut + " (100.0 %)");
				Browsers.screenshot(supervisor, "notices-report");
				supervisor.navigate(url("/agent/notices/report?lang=ru"));
				assertThat(supervisor.locator("h1")).hasText("Уведомления: избавляют ли они клиентов от обращения?");
				assertThat(supervisor.locator("[data-testid=notice-deflection-row][data-kind=COURIER_NEAR] td").first())
					.hasText("Курьер рядом");
				supervisor.navigate(url("/agent/notices/report?lang=uz"));
				assertThat(supervisor.locator("[data-testid=notice-deflection-row][data-kind=COURIER_NEAR] td").first())
					.hasText("Kuryer yaqin");
				supervisor.navigate(url("/agent/notices/report?lang=en"));
			}
		}
		finally {
			holdout(http, admin, 0);
		}
	}

	@Test
	void anAdminSetsTheNoticePolicyOnItsPageAndSeesItsHistory() {
		Http http = new Http(this.port);
		String admin = this.operators
			.issueApiToken(this.operators.register("admin-" + UUID.randomUUID().toString().substring(0, 8), "Admin",
					"a-long-password", OperatorRole.ADMIN, "en"), "tests");
		try (BrowserContext context = browsers.browser()
			.newContext(new Browser.NewContextOptions().setViewportSize(1440, 1100))) {
			Page page = Browsers.signIn(context, url(""), "admin");
			page.navigate(url("/agent?lang=en"));
			page.getByTestId("nav-tools").click();
			page.getByTestId("nav-notice-policy").click();
			assertThat(page.locator("h1")).hasText("Notices: what customers are told");

			// A zone that does not exist is refused, naming the field; nothing is saved.
			page.getByTestId("notice-policy-zone").fill("Mars/Olympus");
			page.getByTestId("notice-policy-save").click();
			assertThat(page.locator("[data-testid=notice-policy-error][data-field=zone]")).isVisible();
			assertThat(page.getByTestId("notice-policy-saved")).isHidden();

			page.getByTestId("notice-policy-zone").fill("Asia/Tashkent");
			page.getByTestId("notice-policy-holdout").fill("20");
			Locator added = page.getByTestId("notice-policy-care-row").last();
			added.getByTestId("notice-policy-care-city").fill("Namangan");
			added.getByTestId("notice-policy-care-on").check();
			added.getByTestId("notice-policy-care-budget").fill("300000");
			page.getByTestId("notice-policy-comment").fill("Namangan joins late care");
			page.getByTestId("notice-policy-save").click();
			assertThat(page.getByTestId("notice-policy-saved")).containsText("Saved as version");
			assertThat(page.getByTestId("notice-policy-holdout")).hasValue("20");
			Locator namangan = page.locator("[data-testid=notice-policy-care-row][data-city=Namangan]");
			assertThat(namangan.getByTestId("notice-policy-care-on")).isChecked();
			assertThat(namangan.getByTestId("notice-policy-care-budget")).hasValue("300000");
			assertThat(page.getByTestId("notice-policy-version").first()).containsText("holdout 20 %");
			assertThat(page.getByTestId("notice-policy-version").first()).containsText("Namangan joins late care");
			Browsers.screenshot(page, "admin-notice-policy");
			tools.jackson.databind.JsonNode settings = http.get("/api/v1/agent/notice-policy")
				.bearer(admin)
				.send()
				.json()
				.path("settings");
			org.assertj.core.api.Assertions.assertThat(settings.path("holdoutPercent").asInt()).isEqualTo(20);
			org.assertj.core.api.Assertions
				.assertThat(settings.path("lateCare").path("Namangan").path("dailyBudget").asLong())
				.isEqualTo(300_000);
			page.navigate(url("/agent/settings/notices?lang=ru"));
			assertThat(page.locator("h1")).hasText("Уведомления: что сообщаем клиентам");
			page.navigate(url("/agent/settings/notices?lang=uz"));
			assertThat(page.locator("h1")).hasText("Bildirishnomalar: mijozlarga nima aytamiz");
			page.navigate(url("/agent/settings/notices?lang=en"));
		}
		finally {
			holdout(http, admin, 0);
		}
	}

	/** An admin saves the policy in force with another holdout. */
	static void holdout(Http http, String admin, int percent) {
		Http.Response current = http.get("/api/v1/agent/notice-policy").bearer(admin).send();
		Map<String, Object> policy = new HashMap<>();
		current.json().path("settings").properties().forEach(e -> policy.put(e.getKey(), e.getValue()));
		policy.put("holdoutPercent", percent);
		Http.Response saved = http
			.put("/api/v1/agent/notice-policy",
					Map.of("basedOn", current.json().path("version").asInt(), "policy", policy))
			.bearer(admin)
			.send();
		org.assertj.core.api.Assertions.assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
	}

	static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
