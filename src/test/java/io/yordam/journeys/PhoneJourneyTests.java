package io.yordam.journeys;

import java.io.IOException;

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
 * The phone lines in real browsers, with the demo's PBX: a courier with an order on the
 * road calls and the call pops up in the agent's workspace (who, the active order, a new
 * phone ticket to come); the agent answers at their extension and the pop-up leads to the
 * call's ticket, whose timeline shows the answer and then the call's duration and
 * recording; a customer's call nobody answers, with a voicemail, becomes a callback
 * ticket in the queue with the 📞 icon, which the agent marks called back.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "yordam.demo.enabled=true", "yordam.demo.simulator.enabled=false",
				"yordam.demo.mail.enabled=false" })
@ActiveProfiles("test")
@Tag("browser")
class PhoneJourneyTests {

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
	void aCouriersCallPopsUpWithTheirActiveOrderAndAMissedCallBecomesACallback() throws IOException {
		try (BrowserContext pbxContext = browsers.browser()
			.newContext(new Browser.NewContextOptions().setViewportSize(1100, 800));
				BrowserContext agentContext = browsers.browser()
					.newContext(new Browser.NewContextOptions().setViewportSize(1440, 900))) {
			Page pbx = pbxContext.newPage();
			pbx.navigate(url("/demo/phone?lang=en"));
			String courier = pbx.getByTestId("phone-courier").inputValue();
			pbx.getByTestId("phone-courier-order").click();
			Locator courierOption = pbx.locator("[data-testid=phone-caller] option[value='courier:" + courier + "']");
			String label = courierOption.textContent();
			String orderNumber = label.substring(label.lastIndexOf(' ') + 1);
			assertThat(courierOption).containsText("E24-");

			Page agent = Browsers.signIn(agentContext, url(""), "agent");
			agent.navigate(url("/agent?lang=ru"));
			assertThat(agent.getByTestId("call-popup")).hasAttribute("data-live", "on");

			pbx.getByTestId("phone-caller").selectOption("courier:" + courier);
			pbx.getByTestId("phone-ring-at").selectOption("101");
			pbx.getByTestId("phone-ring").click();
			assertThat(pbx.getByTestId("phone-state")).hasText("ringing");

			Locator card = agent.getByTestId("call-card");
			assertThat(card).isVisible(patiently());
			assertThat(card.getByTestId("call-state")).hasText("Входящий звонок");
			assertThat(card.getByTestId("call-role")).hasText("курьер");
			assertThat(card.getByTestId("call-order-number")).hasText(orderNumber);
			assertThat(card.getByTestId("call-new-ticket")).isVisible();
			save(agent, "phone-popup");

			pbx.getByTestId("phone-answer-at").selectOption("101");
			pbx.getByTestId("phone-answer").click();
			Locator ticketLink = agent.getByTestId("call-card").getByTestId("call-ticket");
			assertThat(ticketLink).isVisible(patiently());
			assertThat(agent.getByTestId("call-state")).hasText("Идёт разговор");
			ticketLink.click();
			assertThat(agent.getByTestId("ticket-channel")).containsText("☎");
			assertThat(agent.getByTestId("messages")).containsText("Dilnoza Yusupova");
			pbx.getByTestId("phone-hangup").click();
			assertThat(pbx.getByTestId("phone-state")).hasText("ended");
			assertThat(agent.getByTestId("messages")).containsText("https://pbx.tezkor.demo/recordings/",
					new LocatorAssertions.ContainsTextOptions().setTimeout(15_000));
			agent.reload();
			assertThat(agent.getByTestId("linked-order")).containsText(orderNumber);
			save(agent, "phone-ticket");

			// A customer calls the line's queue; nobody answers; they leave a voicemail.
			String customer = pbx.locator("[data-testid=phone-caller] option[value^='customer:']")
				.first()
				.getAttribute("value");
			pbx.getByTestId("phone-caller").selectOption(customer);
			pbx.getByTestId("phone-ring-at").selectOption("");
			pbx.getByTestId("phone-ring").click();
			String callId = pbx.getByTestId("phone-call").getAttribute("data-call");
			pbx.getByTestId("phone-miss").click();
			pbx.getByTestId("phone-voicemail").click();
			assertThat(pbx.getByTestId("phone-state")).hasText("voicemail left");
			save(pbx, "phone-demo-pbx");

			agent.navigate(url("/agent?lang=ru"));
			Locator row = agent.getByTestId("queue-row")
				.filter(new Locator.FilterOptions().setHas(agent.getByTestId("queue-channel").getByText("☎↩")))
				.first();
			assertThat(row).isVisible(patiently());
			save(agent, "phone-callback-queue");
			row.getByRole(com.microsoft.playwright.options.AriaRole.LINK).first().click();
			assertThat(agent.getByTestId("ticket-channel")).containsText("Обратный звонок");
			assertThat(agent.getByTestId("messages")).containsText("https://pbx.tezkor.demo/voicemail/" + callId);
			agent.getByTestId("called-back").click();
			assertThat(agent.getByTestId("messages")).containsText("Перезвонил(а) Dilnoza Yusupova");
			assertThat(agent.getByTestId("called-back")).hasCount(0);
			save(agent, "phone-callback");
		}
	}

	private static LocatorAssertions.IsVisibleOptions patiently() {
		return new LocatorAssertions.IsVisibleOptions().setTimeout(15_000);
	}

	/**
	 * Into target/screenshots like every journey's; docs/images is chosen by hand from
	 * there.
	 */
	private static void save(Page page, String name) throws IOException {
		Browsers.screenshot(page, name);
	}

}
