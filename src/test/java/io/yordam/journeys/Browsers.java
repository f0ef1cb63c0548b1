package io.yordam.journeys;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/**
 * Debian's Chromium driven by Playwright (no browser download:
 * PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD is set by the build). One Playwright and one browser
 * per test class: starting them costs seconds.
 */
final class Browsers implements AutoCloseable {

	static final Path SCREENSHOTS = Paths.get("target", "screenshots");

	private final Playwright playwright;

	private final Browser browser;

	Browsers() {
		// The test classes run in two JVMs on two cores, each journey beside another
		// JVM's work
		// and its own Chromium: an assertion waits up to 15 s (Playwright's default is 5
		// s) before
		// it fails. It passes as soon as the page shows what it asserts, so nothing waits
		// longer.
		com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
		this.playwright = Playwright.create();
		String executable = System.getProperty("yordam.chromium", "/usr/bin/chromium");
		this.browser = this.playwright.chromium()
			.launch(new BrowserType.LaunchOptions()
				.setExecutablePath(io.yordam.support.RequiredServices.chromium(executable))
				.setHeadless(true)
				.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
						"--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic")));
	}

	Browser browser() {
		return this.browser;
	}

	/**
	 * Signs a demo operator in on a new page of the context (password of the demo
	 * operators).
	 */
	static Page signIn(com.microsoft.playwright.BrowserContext context, String baseUrl, String username) {
		Page page = context.newPage();
		page.navigate(baseUrl + "/login?lang=en");
		page.getByTestId("login-username").fill(username);
		page.getByTestId("login-password").fill("yordam-demo");
		page.getByTestId("login-submit").click();
		com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(page)
			.hasURL(java.util.regex.Pattern.compile(".*/agent.*"));
		return page;
	}

	/**
	 * Opens a tab of the ticket view's tools once its script has taken over: the script
	 * is deferred, so a click that comes first is lost and the default tab wins.
	 */
	static void openSideTab(Page page, String tab) {
		com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(page.locator("[data-testid=side-tabs]"))
			.hasAttribute("data-ready", "yes");
		page.getByTestId("side-tab-" + tab).click();
	}

	static void screenshot(Page page, String name) {
		try {
			Files.createDirectories(SCREENSHOTS);
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(false));
	}

	@Override
	public void close() {
		this.browser.close();
		this.playwright.close();
	}

}
