package io.yordam.journeys;

import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A survey by mail in real browsers, with the demo's mail server: a customer writes to
 * support from the demo's mail program (in Uzbek), an agent answers and solves the
 * ticket, the survey arrives in the customer's mailbox, the customer opens its "2 ★"
 * link, finds 2 chosen, adds a comment, sends, and reads the thank-you in Uzbek; the
 * agent's ticket view shows the rating.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "yordam.demo.enabled=true", "yordam.demo.simulator.enabled=false" })
@ActiveProfiles("test")
@Tag("browser")
class SurveyByMailJourneyTests {

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
	void aCustomerOpensTheSurveyFromTheMailRatesTwoOfFiveAndIsThankedInUzbek() {
		String subject = "Sovuq ovqat " + System.nanoTime() % 10000;
		try (BrowserContext customerContext = browsers.browser()
			.newContext(new Browser.NewContextOptions().setViewportSize(1100, 800));
				BrowserContext agentContext = browsers.browser()
					.newContext(new Browser.NewContextOptions().setViewportSize(1440, 900))) {
			Page mail = customerContext.newPage();
			String mailbox = url("/demo/mail?lang=uz&customer=c-0003");
			mail.navigate(mailbox);
			mail.getByTestId("mail-subject").fill(subject);
			mail.getByTestId("mail-text").fill("Ovqat sovuq keldi, iltimos yordam bering.");
			mail.getByTestId("mail-send").click();
			assertThat(mail.getByTestId("mail-sent")).isVisible();

			Page agent = Browsers.signIn(agentContext, url(""), "agent");
			agent.navigate(url("/agent?lang=en"));
			Locator row = agent.getByTestId("queue-row").filter(new Locator.FilterOptions().setHasText(subject));
			assertThat(row).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(20_000));
			row.getByRole(com.microsoft.playwright.options.AriaRole.LINK).first().click();
			// The ticket's status changes reach the page live: reply once it listens.
			assertThat(agent.getByTestId("live-state").first()).hasAttribute("data-state", "online",
					new LocatorAssertions.HasAttributeOptions().setTimeout(15_000));
			agent.getByTestId("reply-input").fill("Uzr! Pulingizni bonus sifatida qaytardik.");
			agent.getByTestId("reply-send").click();
			assertThat(agent.getByTestId("ticket-status")).hasText("Pending customer",
					new LocatorAssertions.HasTextOptions().setTimeout(15_000));
			agent.getByTestId("resolve").click();
			assertThat(agent.getByTestId("ticket-status")).hasText("Solved");

			// The survey arrives in the customer's mailbox: five links, one per score.
			Locator two = mail.locator("[data-testid=mail-link][href$='score=2']");
			for (int i = 0; i < 40 && two.count() == 0; i++) {
				mail.waitForTimeout(500);
				mail.navigate(mailbox);
			}
			assertThat(two).hasCount(1);
			Locator surveyMail = mail.getByTestId("mail-item").filter(new Locator.FilterOptions().setHas(two));
			assertThat(surveyMail).containsText("Qanday yordam berdik?");
			assertThat(surveyMail.getByTestId("mail-link")).hasCount(5);
			Browsers.screenshot(mail, "email-survey-mail");
			two.click();

			// The page is the customer's language; opening it recorded nothing.
			assertThat(mail).hasURL(Pattern.compile(".*/survey/[A-Za-z0-9_-]+\\?score=2$"));
			assertThat(mail.locator("html")).hasAttribute("lang", "uz");
			assertThat(mail.getByTestId("score-2")).isChecked();
			mail.getByTestId("survey-comment").fill("Ovqat sovuq edi, lekin javob tez keldi");
			Browsers.screenshot(mail, "email-survey-page");
			mail.getByTestId("survey-send").click();
			assertThat(mail.getByTestId("survey-thanks")).hasText("Rahmat!");
			assertThat(mail.getByTestId("survey-rated")).containsText("5 dan 2 ga baholadingiz");
			Browsers.screenshot(mail, "email-survey-thanks");

			// The agent's ticket view shows the rating with its comment.
			Locator rating = agent.getByTestId("ticket-rating");
			assertThat(rating).hasAttribute("data-score", "2",
					new LocatorAssertions.HasAttributeOptions().setTimeout(15_000));
			assertThat(rating.getByTestId("ticket-rating-comment")).hasText("Ovqat sovuq edi, lekin javob tez keldi");
		}
	}

}
