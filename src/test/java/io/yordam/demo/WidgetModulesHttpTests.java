package io.yordam.demo;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.yordam.support.Http;
import io.yordam.support.YordamTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The chat widget is native ES modules with no build step: the classic entry
 * (/widget/yordam-chat.js) imports /widget/chat/index.js, which imports the rest. A
 * browser runs a module only if it comes as JavaScript (nosniff is on), from where the
 * page's policy allows, and every module of one page load must be of one version.
 */
@YordamTest
@TestPropertySource(properties = { "yordam.demo.enabled=true", "yordam.demo.simulator.enabled=false" })
class WidgetModulesHttpTests {

	private static final Pattern IMPORT = Pattern.compile("from '\\./([\\w-]+\\.js)'");

	@LocalServerPort
	int port;

	@Test
	void everyModuleTheEntryReachesIsServedAsJavaScriptToAnybody() {
		Http http = new Http(this.port);
		Http.Response entry = http.get("/widget/yordam-chat.js").send();
		assertJavaScript(entry);
		assertThat(entry.text()).contains("new URL('chat/index.js', scriptUrl())");

		Set<String> seen = new LinkedHashSet<>();
		Deque<String> toLoad = new ArrayDeque<>(Set.of("index.js"));
		while (!toLoad.isEmpty()) {
			String name = toLoad.pop();
			if (!seen.add(name)) {
				continue;
			}
			Http.Response module = http.get("/widget/chat/" + name).send();
			assertJavaScript(module);
			Matcher imports = IMPORT.matcher(module.text());
			while (imports.find()) {
				toLoad.push(imports.group(1));
			}
		}
		assertThat(seen).contains("index.js", "chat.js", "connection.js", "render.js", "quick-replies.js", "faq.js",
				"uploads.js", "i18n.js", "queue.js", "back.js");
	}

	@Test
	void theDemoPageLetsModulesFromItsOwnOriginRun() {
		Http.Response page = new Http(this.port).get("/demo/app").send();
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.text()).contains("/widget/yordam-chat.js");
		String policy = page.header("Content-Security-Policy");
		if (policy != null) {
			assertThat(policy).as("a policy must allow the widget's modules").containsPattern("script-src[^;]*'self'");
		}
	}

	/**
	 * Served as JavaScript, readable without a session, and never kept by the browser:
	 * the entry and its modules always come from one deployment (they carry no version in
	 * their URLs).
	 */
	private static void assertJavaScript(Http.Response response) {
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		assertThat(response.header("Content-Type")).startsWith("text/javascript");
		assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(response.header("Cache-Control")).contains("no-store");
	}

}
