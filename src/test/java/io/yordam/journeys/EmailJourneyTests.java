package io.yordam.journeys;

import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The email channel in real browsers, with the demo's mail server: a customer writes to
 * support from the demo's mail program (in Uzbek), the mail becomes a ticket in the
 * agent's queue with the mail icon, the agent answers in the workspace, the answer
 * arrives in the customer's mailbox threaded and numbered with an Uzbek footer, and the
 * customer's answer to it joins the same ticket live.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "yordam.demo.enabled=true", "yordam.demo.simulator.enabled=false" })
@ActiveProfiles("test")
@Tag("browser")
class EmailJourneyTests {

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
	void aCustomersMailBecomesATicketTheAnswerArrivesByMailAndTheirReplyThreadsIn() {
		String subject = "Buyurtma kelmadi " + System.nanoTime() % 10000;
		try (BrowserContext customerContext = browsers.browser()
			.newContext(new Browser.NewContextOptions().setViewportSize(1100, 800));
				BrowserContext agentContext = browsers.browser()
					.newContext(new Browser.NewContextOptions().setViewportSize(1440, 900))) {
			Page mail = customerContext.newPage();
			mail.navigate(url("/demo/mail?lang=uz&customer=c-0002"));
			assertThat(mail.getByTestId("mail-address")).hasText("c-0002@tezkor.demo");
			assertThat(mail.getByTestId("mail-empty")).isVisible();
			mail.getByTestId("mail-subject").fill(subject);
			mail.getByTestId("mail-text").fill("Assalomu alaykum! Buyurtmam bir soatdan beri kelmadi. Qayerda?");
			mail.getByTestId("mail-send").click();
			assertThat(mail.getByTestId("mail-sent")).isVisible();

			Page agent = Browsers.signIn(agentContext, url(""), "agent");
			agent.navigate(url("/agent?lang=ru"));
			Locator row = agent.getByTestId("queue-row").filter(new Locator.FilterOptions().setHasText(subject));
			assertThat(row).isVisible(
					new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setTimeout(20_000));
			assertThat(row.getByTestId("queue-channel")).hasText("✉");
			Browsers.screenshot(agent, "email-queue");
			row.getByRole(com.microsoft.playwright.options.AriaRole.LINK).first().click();
			assertThat(agent.getByTestId("ticket-channel")).containsText("Почта");
			assertThat(agent.getByTestId("reply-by-email")).isVisible();
			assertThat(agent.getByTestId("messages").getByText("Buyurtmam bir soatdan beri kelmadi. Qayerda?"))
				.isVisible();
			agent.getByTestId("reply-input").fill("Kechirasiz! Kuryer 10 daqiqada yetib keladi.");
			agent.getByTestId("reply-send").click();
			assertThat(agent.getByTestId("messages").getByText("Kechirasiz! Kuryer 10 daqiqada yetib keladi."))
				.isVisible();

			Locator received = mail.getByTestId("mail-item");
			for (int i = 0; i < 40 && received.count() == 0; i++) {
				mail.waitForTimeout(500);
				mail.navigate(url("/demo/mail?lang=uz&customer=c-0002"));
			}
			assertThat(received).hasCount(1);
			assertThat(received.first()).containsText(subject);
			assertThat(received.first()).containsText(Pattern.compile("\\[#\\d+]"));
			assertThat(received.first()).containsText("Kechirasiz! Kuryer 10 daqiqada yetib keladi.");
			assertThat(received.first()).containsText("Davom ettirish uchun");
			Browsers.screenshot(mail, "email-customer-mailbox");

			received.first().getByTestId("mail-answer").click();
			assertThat(mail.getByTestId("mail-subject")).hasValue(Pattern.compile("^Re: .*" + subject + ".*"));
			mail.getByTestId("mail-text").fill("Rahmat, kutaman.");
			mail.getByTestId("mail-send").click();
			assertThat(mail.getByTestId("mail-sent")).isVisible();

			assertThat(agent.getByTestId("messages").getByText("Rahmat, kutaman.")).isVisible(
					new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setTimeout(20_000));
			Browsers.screenshot(agent, "email-ticket");
		}
	}

}
