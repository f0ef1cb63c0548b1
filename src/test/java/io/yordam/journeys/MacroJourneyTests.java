package io.yordam.journeys;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

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
 * Macros by keyboard in a real browser: "/" and a few letters, Enter, and the reply box
 * holds the text with the customer's name and order filled; the one-key greeting; the
 * standard steps the sent replies took; and the same in Uzbek for an Uzbek-speaking
 * customer.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "yordam.demo.enabled=true", "yordam.demo.simulator.enabled=false" })
@ActiveProfiles("test")
@Tag("browser")
class MacroJourneyTests {

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

	Ticket ticketFrom(String name, String language, String text) {
		Http http = new Http(this.port);
		String customerId = "c-macro-" + UUID.randomUUID().toString().substring(0, 8);
		PlatformEventBuilder order = PlatformEventBuilder.anOrderEvent()
			.customer(customerId, name, language)
			.status("ON_THE_WAY")
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

	@Test
	void anAgentInsertsMacrosByKeyboardWithTheOrderFilledIn() {
		Ticket ticket = ticketFrom("Sarah Johnson", "en", "My order is very late");
		Browser browser = browsers.browser();
		try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1440, 1000))) {
			Page agent = Browsers.signIn(context, url(""), "agent");
			agent.navigate(url("/agent/tickets/" + ticket.id() + "?lang=en"));
			Locator reply = agent.getByTestId("reply-input");
			Locator steps = agent.getByTestId("service-steps");
			assertThat(steps.locator("[data-step=APOLOGY]")).hasAttribute("data-done", "false");

			// "/" and a few letters: the picker finds the apology; Enter inserts it,
			// filled.
			reply.click();
			reply.pressSequentially("/late");
			Locator picker = agent.getByTestId("macro-picker");
			assertThat(picker.getByTestId("macro-choice").first()).containsText("Apology for lateness");
			Browsers.screenshot(agent, "agent-macro-picker");
			reply.press("Enter");
			assertThat(picker).isHidden();
			assertThat(reply).hasValue("Sarah, we're sorry your order " + ticket.orderNumber()
					+ " is running late. We know how frustrating the wait is, and we're already finding out what happened.");

			// Sent: the apology is a standard step done on this ticket.
			agent.getByTestId("reply-send").click();
			assertThat(reply).hasValue("");
			assertThat(steps.locator("[data-step=APOLOGY]")).hasAttribute("data-done", "true");
			assertThat(steps.locator("[data-step=APOLOGY]")).containsText("Dilnoza");

			// One key: the standard greeting, with the agent's and the customer's names.
			reply.click();
			reply.press("Alt+KeyG");
			assertThat(reply)
				.hasValue(java.util.regex.Pattern.compile("^Hello Sarah! I'm Dilnoza from customer support\\..*"));
			// Esc closes the picker and keeps what was typed.
			reply.pressSequentially(" ;clos");
			assertThat(picker.getByTestId("macro-choice").first()).containsText("Closing");
			reply.press("Escape");
			assertThat(picker).isHidden();
			assertThat(reply).hasValue(java.util.regex.Pattern.compile(".* ;clos$"));
			Browsers.screenshot(agent, "agent-macro-steps");
		}
	}

	@Test
	void anUzbekSpeakingCustomerGetsTheTextInUzbek() {
		Ticket ticket = ticketFrom("Aziza Karimova", "uz", "Buyurtmam kechikyapti");
		Browser browser = browsers.browser();
		try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1440, 1000))) {
			Page agent = Browsers.signIn(context, url(""), "agent");
			agent.navigate(url("/agent/tickets/" + ticket.id() + "?lang=uz"));
			Locator reply = agent.getByTestId("reply-input");
			reply.click();
			reply.pressSequentially(";kechik");
			Locator picker = agent.getByTestId("macro-picker");
			assertThat(picker.getByTestId("macro-choice").first()).containsText("Kechikish uchun uzr");
			picker.getByTestId("macro-choice").first().hover();
			Browsers.screenshot(agent, "agent-macro-picker-uz");
			reply.press("Enter");
			assertThat(reply).hasValue(java.util.regex.Pattern
				.compile("^Aziza, " + ticket.orderNumber() + " buyurtmangiz kechikkani uchun uzr so'raymiz\\..*"));
			// A variable the order cannot fill (no courier yet) stays, selected, for the
			// agent.
			reply.press("End");
			reply.pressSequentially(" /bog'lan");
			assertThat(picker.getByTestId("macro-choice").first()).containsText("Kutish: kuryer bilan bog'lanyapman");
			reply.press("Enter");
			assertThat(reply)
				.hasValue(java.util.regex.Pattern.compile(".*kuryer \\{courier\\} bilan bog'lanyapman\\.$"));
			assertThat(agent.getByTestId("toast")).containsText("kuryer");
			Browsers.screenshot(agent, "agent-macro-uz");
			agent.navigate(url("/agent/macros?lang=uz"));
			assertThat(agent.getByTestId("macro-row").first()).isVisible();
			Browsers.screenshot(agent, "agent-macros-list");
		}
	}

}
