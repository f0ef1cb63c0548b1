package io.yordam.journeys;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import io.yordam.access.PlatformRole;
import io.yordam.access.PlatformTokens;
import io.yordam.access.PlatformUser;
import io.yordam.orders.PlatformEventBuilder;
import io.yordam.orders.PlatformProperties;
import io.yordam.orders.PlatformSignature;
import io.yordam.support.Http;
import org.awaitility.Awaitility;
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
 * One customer, one history (issue 15 §4) in a real browser: a customer wrote twice in
 * the app; the agent merges the first ticket into the second with the keyboard, reads the
 * first one's messages in the second, and sees the first say where it went. Then a mail
 * from an address nobody knows: the agent finds the customer by their phone and links the
 * contact, and the customer-360 shows the customer's order.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "yordam.demo.enabled=true", "yordam.demo.simulator.enabled=false",
				"yordam.email.inbound-secret=" + OneHistoryJourneyTests.INBOUND_SECRET })
@ActiveProfiles("test")
@Tag("browser")
class OneHistoryJourneyTests {

	static final String INBOUND_SECRET = "inbound-secret-of-the-journey-0123";

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

	@Test
	void theAgentMergesTwoTicketsOfOneCustomerAndLinksAMailContactToTheCustomer() {
		Http http = new Http(this.port);
		String customerId = "c-history-" + UUID.randomUUID().toString().substring(0, 8);
		String phone = "+99890" + (1000000 + (int) (Math.random() * 8999999));
		PlatformEventBuilder order = PlatformEventBuilder.anOrderEvent()
			.customer(customerId, "Nodira Rahimova", "uz")
			.customerPhone(phone)
			.status("DELIVERED")
			.sendTo(http, this.platform.signature());
		String token = this.tokens.issue(new PlatformUser(customerId, PlatformRole.CUSTOMER, "Nodira Rahimova", "uz"),
				Duration.ofHours(1));
		String first = ticketOf(start(http, token, "Kola kelmadi, buyurtmada yo'q edi"));
		String second = ticketOf(start(http, token, "Yana savol: kola qachon keladi?"));
		long firstNumber = number(first);
		long secondNumber = number(second);

		try (BrowserContext context = browsers.browser()
			.newContext(new Browser.NewContextOptions().setViewportSize(1440, 900))) {
			Page agent = Browsers.signIn(context, url(""), "agent");
			agent.navigate(url("/agent/tickets/" + first + "?lang=ru"));
			// The keyboard: the disclosure opens with Enter, the select takes the target,
			// the button merges.
			agent.getByTestId("merge-open").focus();
			agent.keyboard().press("Enter");
			Locator select = agent.getByTestId("merge-select");
			assertThat(select).isVisible();
			assertThat(select.locator("option"))
				.hasText(new String[] { "#" + secondNumber + " · Yana savol: kola qachon keladi?" });
			select.selectOption(String.valueOf(secondNumber));
			Browsers.screenshot(agent, "merge-into");
			agent.getByTestId("merge-submit").focus();
			agent.keyboard().press("Enter");

			// The agent goes on in the second ticket, which reads the first one's
			// messages.
			assertThat(agent.getByTestId("ticket-number")).hasText("#" + secondNumber);
			Locator merged = agent.getByTestId("merged-from");
			assertThat(merged).containsText("#" + firstNumber);
			assertThat(merged.getByTestId("merged-message"))
				.containsText(new String[] { "Kola kelmadi, buyurtmada yo'q edi" });
			assertThat(agent.getByTestId("messages").getByText("Yana savol: kola qachon keladi?")).isVisible();
			Browsers.screenshot(agent, "merge-merged-from");

			merged
				.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
						new Locator.GetByRoleOptions().setName("#" + firstNumber))
				.click();
			assertThat(agent.getByTestId("ticket-number")).hasText("#" + firstNumber);
			assertThat(agent.getByTestId("merged-into")).containsText("#" + secondNumber);
			assertThat(agent.getByTestId("ticket-status")).hasText("Закрыт");
			assertThat(agent.getByTestId("merge")).hasCount(0);

			// A mail from an address nobody linked: a contact of its own.
			String contactTicket = ticketOfMail(http, "nodira.r@example.uz", "Kola haqida");
			agent.navigate(url("/agent/tickets/" + contactTicket + "?lang=ru"));
			assertThat(agent.getByTestId("requester-link")).isVisible();
			assertThat(agent.getByTestId("linked-order")).hasCount(0);
			agent.getByTestId("requester-query").fill(phone.substring(4, 6) + " " + phone.substring(6));
			agent.getByTestId("requester-query").press("Enter");
			Locator match = agent.getByTestId("requester-match");
			assertThat(match).containsText(new String[] { "Nodira Rahimova" });
			Browsers.screenshot(agent, "link-contact-found");
			match.getByTestId("requester-link-submit").click();

			// Linked: the page follows, the customer-360 is the customer's.
			assertThat(agent.getByTestId("requester-link")).hasCount(0,
					new LocatorAssertions.HasCountOptions().setTimeout(10_000));
			assertThat(agent.getByTestId("customer-name")).hasText("Nodira Rahimova");
			assertThat(agent.getByTestId("customer-orders")).containsText(order.number());
			Browsers.screenshot(agent, "link-contact-linked");
		}
	}

	private String start(Http http, String token, String text) {
		return http.post("/api/v1/conversations", Map.of("text", text, "clientMessageId", UUID.randomUUID().toString()))
			.bearer(token)
			.send()
			.json()
			.path("id")
			.asString();
	}

	private String ticketOf(String conversation) {
		return Awaitility.await()
			.atMost(Duration.ofSeconds(10))
			.until(() -> this.jdbc
				.queryForList("select id from tickets where conversation_id = ?", UUID.class,
						UUID.fromString(conversation))
				.stream()
				.findFirst()
				.map(UUID::toString)
				.orElse(null), java.util.Objects::nonNull);
	}

	private long number(String ticket) {
		return this.jdbc.queryForObject("select number from tickets where id = ?", Long.class, UUID.fromString(ticket));
	}

	private String ticketOfMail(Http http, String from, String text) {
		String messageId = "m-" + UUID.randomUUID() + "@example.uz";
		byte[] mail = ("From: Nodira <" + from + ">\r\nTo: support@tezkor.demo\r\nSubject: " + text
				+ "\r\nMessage-ID: <" + messageId + ">\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n" + text
				+ "\r\n")
			.getBytes(StandardCharsets.UTF_8);
		org.assertj.core.api.Assertions
			.assertThat(http.postRaw("/api/v1/channels/email/inbound", mail)
				.contentType("message/rfc822")
				.header("X-Yordam-Signature", new PlatformSignature(INBOUND_SECRET).sign(mail))
				.send()
				.status())
			.isEqualTo(200);
		UUID conversation = this.jdbc.queryForObject("select conversation_id from email_messages where message_id = ?",
				UUID.class, messageId);
		return ticketOf(conversation.toString());
	}

}
