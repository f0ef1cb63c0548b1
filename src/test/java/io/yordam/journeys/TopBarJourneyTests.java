package io.yordam.journeys;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.yordam.support.MutableClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The staff top bar keeps to one line at 1280 and 1440 px in Russian, Uzbek and English
 * for an admin, who has every link: the work lists in view, the reports and the settings
 * in two menus that open and close by keyboard.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "yordam.demo.enabled=true", "yordam.demo.simulator.enabled=false" })
@ActiveProfiles("test")
@Import(MutableClock.AppClock.class)
@Tag("browser")
class TopBarJourneyTests {

	/**
	 * How tall the bar's items stand together, from the highest top to the lowest bottom:
	 * one line is some 34 px, a second line would add as much.
	 */
	static final double ONE_LINE = 44;

	/**
	 * The bar's items (the strip that asks for desktop notifications, which may follow
	 * under them, is no part of the line).
	 */
	static final String SPREAD = """
			() => {
			  const boxes = ['.brand', '.topnav', '.global-search', '.lang', '.availability', '.me-menu']
			    .map(s => document.querySelector('header.topbar ' + s)).filter(e => e)
			    .map(e => e.getBoundingClientRect());
			  return Math.max(...boxes.map(b => b.bottom)) - Math.min(...boxes.map(b => b.top));
			}""";

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

	@Test
	void theTopBarKeepsToOneLineAt1280And1440PxInEveryLanguage() {
		Map<String, Double> heights = new TreeMap<>();
		for (int width : new int[] { 1280, 1440 }) {
			try (BrowserContext context = browsers.browser()
				.newContext(new Browser.NewContextOptions().setViewportSize(width, 800))) {
				Page admin = Browsers.signIn(context, url(""), "admin");
				for (String lang : List.of("ru", "uz", "en")) {
					admin.navigate(url("/agent?lang=" + lang));
					heights.put(width + " px, " + lang, ((Number) admin.evaluate(SPREAD)).doubleValue());
					org.assertj.core.api.Assertions
						.assertThat(admin.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))
						.as("nothing sticks out at %d px in %s", width, lang)
						.isEqualTo(true);
					// The reports menu opens over the page, its links in the bar's
					// language.
					admin.getByTestId("nav-reports").click();
					assertThat(admin.getByTestId("nav-scorecards")).isVisible();
					Browsers.screenshot(admin, "topbar-" + width + "-" + lang);
					admin.keyboard().press("Escape");
					assertThat(admin.getByTestId("nav-scorecards")).isHidden();
				}
			}
		}
		org.assertj.core.api.Assertions.assertThat(heights)
			.as("the bar's height, one line at most %s px", ONE_LINE)
			.allSatisfy((where, height) -> org.assertj.core.api.Assertions.assertThat(height)
				.as(where)
				.isLessThanOrEqualTo(ONE_LINE));
	}

	@Test
	void theMenusOpenAndCloseByKeyboard() {
		try (BrowserContext context = browsers.browser()
			.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800))) {
			Page admin = Browsers.signIn(context, url(""), "admin");
			admin.navigate(url("/agent?lang=en"));
			Locator settings = admin.getByTestId("nav-tools");
			settings.focus();
			admin.keyboard().press("Enter");
			assertThat(admin.getByTestId("nav-kb")).isVisible();
			admin.keyboard().press("Escape");
			assertThat(admin.getByTestId("nav-kb")).isHidden();
			assertThat(settings).isFocused();
			// One menu at a time: opening the reports closes the settings.
			admin.keyboard().press("Enter");
			admin.getByTestId("nav-reports").click();
			assertThat(admin.getByTestId("nav-kb")).isHidden();
			admin.keyboard().press("Tab");
			assertThat(admin.getByTestId("nav-analytics")).isFocused();
			admin.keyboard().press("Enter");
			assertThat(admin).hasURL(java.util.regex.Pattern.compile(".*/agent/analytics.*"));
		}
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
