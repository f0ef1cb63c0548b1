package io.yordam.journeys;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PageAssertions;
import io.yordam.access.PlatformRole;
import io.yordam.access.PlatformTokens;
import io.yordam.access.PlatformUser;
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
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Notifications in a real browser. The agent's browser allows notifications, and a script
 * records every {@code new Notification(...)} the page makes (and every request for
 * permission). Nothing is asked on load; the agent comes online, a courier's ticket is
 * routed to her, and she gets a desktop notification naming the ticket, the count in the
 * tab's title and on the bell, and a tone. Clicking the notification opens the ticket,
 * which reads it: the count is gone. Without the permission, the page offers a button and
 * asks only when it is pressed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "yordam.demo.enabled=true", "yordam.demo.simulator.enabled=false",
				// A context (and database) of its own: the agent online here must not
				// take
				// other journeys' tickets.
				"yordam.routing.test-context=notifications" })
@ActiveProfiles("test")
@Tag("browser")
class NotificationJourneyTests {

	/** Wraps the browser's Notification: each one made is recorded, and still shown. */
	static final String RECORDER = """
			(() => {
			  const Real = window.Notification;
			  if (!Real) return;
			  window.__notifications = [];
			  window.__permissionAsked = 0;
			  function Recorded(title, options) {
			    const entry = { title: title, body: (options && options.body) || '' };
			    window.__notifications.push(entry);
			    try { entry.notification = new Real(title, options); }
			    catch (e) { entry.error = String(e); entry.notification = { close() {} }; }
			    return entry.notification;
			  }
			  Object.defineProperty(Recorded, 'permission', { get: () => Real.permission });
			  Recorded.requestPermission = function () {
			    window.__permissionAsked++;
			    return Real.requestPermission.apply(Real, arguments);
			  };
			  window.Notification = Recorded;
			})();
			""";

	static final LocatorAssertions.IsVisibleOptions SLOW = new LocatorAssertions.IsVisibleOptions().setTimeout(20000);

	static Browsers browsers;

	@LocalServerPort
	int port;

	@Autowired
	PlatformTokens tokens;

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
	void aHandOffShowsADesktopNotificationAndTheCountAndOpeningTheTicketClearsIt() {
		try (BrowserContext context = browsers.browser()
			.newContext(new Browser.NewContextOptions().setViewportSize(1440, 900))) {
			context.grantPermissions(List.of("notifications"),
					new BrowserContext.GrantPermissionsOptions().setOrigin(url("")));
			context.addInitScript(RECORDER);
			Page agent = Browsers.signIn(context, url(""), "agent");
			agent.navigate(url("/agent?lang=en"));
			assertThat(agent.getByTestId("notifications")).hasAttribute("data-live", "on");
			assertThat(agent.getByTestId("notifications-banner")).isHidden();
			assertThat(agent.getByTestId("notifications-badge")).isHidden();
			// The page used once (browsers allow a tone only after that), then online.
			agent.getByTestId("notifications-bell").click();
			assertThat(agent.getByTestId("notifications-panel")).isVisible();
			agent.keyboard().press("Escape");
			assertThat(agent.getByTestId("availability")).hasAttribute("data-status", Pattern.compile(".+"));
			agent.getByTestId("agent-status").selectOption("ONLINE");
			assertThat(agent.getByTestId("availability")).hasAttribute("data-status", "ONLINE");

			Ticket ticket = courierWrites("Адрес клиента не найден, подъезд закрыт");

			assertThat(agent.getByTestId("notifications-badge")).isVisible(SLOW);
			assertThat(agent).hasTitle(Pattern.compile("^\\(\\d+\\) .*Yordam$"));
			List<?> titles = (List<?>) agent
				.evaluate("() => window.__notifications.map(n => n.title + ' | ' + n.body)");
			assertThat(titles)
				.anySatisfy(t -> assertThat(t.toString()).contains("New ticket for you: #" + ticket.number)
					.contains("Kamol Rashidov"));
			assertThat((Object) agent.evaluate("() => window.__notifications.filter(n => n.error).length"))
				.as("the browser made the notifications")
				.isEqualTo(0);
			assertThat((Object) agent.evaluate("() => window.__permissionAsked")).as("nothing asked on load")
				.isEqualTo(0);
			assertThat(agent.getByTestId("notifications")).hasAttribute("data-tones", Pattern.compile("[1-9]\\d*"));

			agent.getByTestId("notifications-bell").click();
			assertThat(agent.getByTestId("notification").first()).containsText("#" + ticket.number);
			assertThat(agent.getByTestId("notification").first()).containsText("Kamol Rashidov");
			Browsers.screenshot(agent, "notifications-panel");
			copyToDocs("notifications-panel");

			// The desktop notification, clicked, opens the ticket; the ticket read, no
			// count.
			agent.evaluate("() => window.__notifications.find(n => n.title.includes('#" + ticket.number
					+ "')).notification.onclick()");
			assertThat(agent).hasURL(Pattern.compile(".*/agent/tickets/" + ticket.id + ".*"));
			assertThat(agent).hasTitle("#" + ticket.number + " · Yordam",
					new PageAssertions.HasTitleOptions().setTimeout(10000));
			assertThat(agent.getByTestId("notifications-badge")).isHidden();
			assertThat(this.jdbc.queryForObject(
					"select count(*) from operator_notifications where ticket_id = ? and read_at is null",
					Integer.class, UUID.fromString(ticket.id)))
				.isZero();

			agent.navigate(url("/agent/notifications?lang=ru"));
			assertThat(agent.getByTestId("notify-row").first()).containsText("#" + ticket.number);
			Browsers.screenshot(agent, "notifications-settings-ru");
			copyToDocs("notifications-settings-ru");
			agent.getByTestId("agent-status").selectOption("OFFLINE");
			assertThat(agent.getByTestId("availability")).hasAttribute("data-status", "OFFLINE");
		}
	}

	@Test
	void withoutPermissionThePageOffersAButtonAndAsksOnlyWhenPressed() {
		try (BrowserContext context = browsers.browser()
			.newContext(new Browser.NewContextOptions().setViewportSize(1440, 900))) {
			context.addInitScript(RECORDER);
			Page supervisor = Browsers.signIn(context, url(""), "supervisor");
			supervisor.navigate(url("/agent?lang=uz"));
			assertThat(supervisor.getByTestId("notifications-banner")).isVisible();
			assertThat(supervisor.getByTestId("notifications-banner"))
				.containsText("Ish stoli bildirishnomalarini yoqish");
			assertThat((Object) supervisor.evaluate("() => window.__permissionAsked")).isEqualTo(0);
			Browsers.screenshot(supervisor, "notifications-ask-uz");
			supervisor.getByTestId("notifications-banner").locator("[data-notify-enable]").click();
			supervisor.waitForFunction("() => window.__permissionAsked === 1");
			supervisor.getByTestId("notifications-later").click();
			assertThat(supervisor.getByTestId("notifications-banner")).isHidden();
			supervisor.reload();
			assertThat(supervisor.getByTestId("notifications")).hasAttribute("data-live", "on");
			// Put off: not offered again in this browser.
			assertThat(supervisor.getByTestId("notifications-banner")).isHidden();
		}
	}

	/** A courier writes in Russian: no bot, the ticket is routed to whoever is online. */
	Ticket courierWrites(String text) {
		Http http = new Http(this.port);
		String token = this.tokens.issue(
				new PlatformUser("k-journey-" + UUID.randomUUID(), PlatformRole.COURIER, "Kamol Rashidov", "ru"),
				Duration.ofHours(1));
		String conversation = http
			.post("/api/v1/conversations", Map.of("text", text, "clientMessageId", UUID.randomUUID().toString()))
			.bearer(token)
			.send()
			.json()
			.path("id")
			.asString();
		return org.awaitility.Awaitility.await()
			.atMost(Duration.ofSeconds(10))
			.until(() -> this.jdbc
				.query("select id, number from tickets where conversation_id = ?",
						(rs, i) -> new Ticket(rs.getObject(1, UUID.class).toString(), rs.getLong(2)),
						UUID.fromString(conversation))
				.stream()
				.findFirst()
				.orElse(null), java.util.Objects::nonNull);
	}

	/** The README and docs/notifications.md show these, as the other journeys' are. */
	static void copyToDocs(String name) {
		try {
			java.nio.file.Path docs = java.nio.file.Paths.get("docs", "images");
			if (java.nio.file.Files.isDirectory(docs)) {
				java.nio.file.Files.copy(Browsers.SCREENSHOTS.resolve(name + ".png"), docs.resolve(name + ".png"),
						java.nio.file.StandardCopyOption.REPLACE_EXISTING);
			}
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	record Ticket(String id, long number) {
	}

}
