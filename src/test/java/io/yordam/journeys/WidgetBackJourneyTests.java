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
 * The phone's Back button in the demo app: with the chat open it closes the chat and
 * stays in the app; the chat opens again and works; once the chat is closed (by Back, its
 * close button or Escape), Back is the app's own again and leaves it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "yordam.demo.enabled=true", "yordam.demo.simulator.enabled=false" })
@ActiveProfiles("test")
@Tag("browser")
class WidgetBackJourneyTests {

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
	void backClosesTheChatNotTheApp() {
		try (BrowserContext context = browsers.browser()
			.newContext(new Browser.NewContextOptions().setViewportSize(430, 900))) {
			Page page = context.newPage();
			// Where the customer came from before the app.
			page.navigate(url("/login?lang=en"));
			page.navigate(url("/demo/app?customer=c-0005"));
			Pattern inTheApp = Pattern.compile(".*/demo/app\\?customer=c-0005$");
			Locator panel = page.getByTestId("chat-panel");
			Locator input = page.getByTestId("chat-input");

			page.getByTestId("open-chat").click();
			assertThat(input).isVisible();
			page.goBack();
			assertThat(panel).isHidden();
			assertThat(page).hasURL(inTheApp);
			assertThat(page.getByTestId("open-chat")).isVisible();

			// Opened again, the chat works: a message goes out.
			page.getByTestId("open-chat").click();
			assertThat(input).isVisible();
			input.fill("Back closed the chat, and here I am again");
			page.getByTestId("chat-send").click();
			assertThat(page.locator("[data-testid=chat-message][data-author-kind=PARTICIPANT]")
				.filter(new Locator.FilterOptions().setHasText("here I am again"))).isVisible();
			assertThat(page.locator("[data-testid=chat-message][data-delivery=sending]")).hasCount(0);
			Browsers.screenshot(page, "widget-reopened-after-back");

			// Closed by its button, or by Escape, the chat leaves no entry behind.
			page.getByTestId("chat-close").click();
			assertThat(panel).isHidden();
			page.getByTestId("open-chat").click();
			assertThat(input).isVisible();
			page.keyboard().press("Escape");
			assertThat(panel).isHidden();
			assertThat(page).hasURL(inTheApp);

			// With the chat closed, Back is the app's own: it leaves the app.
			page.goBack();
			assertThat(page).hasURL(Pattern.compile(".*/login\\?lang=en$"));
		}
	}

}
