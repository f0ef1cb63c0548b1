package io.yordam.workspace;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.yordam.access.OperatorRole;
import io.yordam.access.Operators;
import io.yordam.support.Http;
import io.yordam.support.YordamTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The workspace is for signed-in operators, with CSRF on every change. */
@YordamTest
class WorkspaceSecurityTests {

	@LocalServerPort
	int port;

	@Autowired
	Operators operators;

	Http http;

	String username;

	@BeforeEach
	void setUp() {
		this.http = new Http(this.port);
		this.username = "op-" + UUID.randomUUID().toString().substring(0, 8);
		this.operators.register(this.username, "Timur Rakhimov", "correct-horse", OperatorRole.AGENT, "uz");
	}

	@Test
	void theWorkspaceAsksToSignIn() {
		Http.Response response = this.http.get("/agent").send();
		assertThat(response.status()).isEqualTo(302);
		assertThat(response.header("Location")).endsWith("/login");
	}

	@Test
	void aWrongPasswordIsRefused() {
		Session session = Session.open(this.http);
		Http.Response response = session.login(this.username, "wrong-password");
		assertThat(response.header("Location")).endsWith("/login?error");
		assertThat(session.get("/agent").status()).isEqualTo(302);
	}

	@Test
	void anOperatorSignsInAndSeesTheQueueInTheirLanguage() {
		Session session = Session.open(this.http);
		Http.Response login = session.login(this.username, "correct-horse");
		assertThat(login.header("Location")).doesNotContain("error");
		Http.Response queue = session.get("/agent");
		assertThat(queue.status()).isEqualTo(200);
		assertThat(queue.text()).contains("Timur Rakhimov").contains("Javob kutmoqda");
		assertThat(session.get("/agent?lang=ru").text()).contains("Ждут ответа");
	}

	@Test
	void aChangeWithoutTheCsrfTokenIsRefused() {
		Session session = Session.open(this.http);
		session.login(this.username, "correct-horse");
		Http.Response response = this.http
			.postRaw("/agent/tickets/" + UUID.randomUUID() + "/status", "status=SOLVED".getBytes())
			.contentType("application/x-www-form-urlencoded")
			.header("Cookie", session.cookie)
			.send();
		assertThat(response.status()).isEqualTo(403);
	}

	/** A browser-like session: the cookie and the CSRF token of the sign-in form. */
	static final class Session {

		private static final Pattern CSRF = Pattern.compile(
				"<input[^>]*name=\"_csrf\"[^>]*value=\"([^\"]+)\"|<input[^>]*value=\"([^\"]+)\"[^>]*name=\"_csrf\"");

		final Http http;

		String cookie;

		String csrf;

		private Session(Http http) {
			this.http = http;
		}

		static Session open(Http http) {
			Session session = new Session(http);
			Http.Response form = http.get("/login").send();
			session.cookie = form.header("Set-Cookie").split(";")[0];
			Matcher matcher = CSRF.matcher(form.text());
			assertThat(matcher.find()).as("the sign-in form carries a CSRF token").isTrue();
			session.csrf = (matcher.group(1) != null) ? matcher.group(1) : matcher.group(2);
			return session;
		}

		Http.Response login(String username, String password) {
			String body = "username=" + enc(username) + "&password=" + enc(password) + "&_csrf=" + enc(this.csrf);
			Http.Response response = this.http.postRaw("/login", body.getBytes(StandardCharsets.UTF_8))
				.contentType("application/x-www-form-urlencoded")
				.header("Cookie", this.cookie)
				.send();
			String setCookie = response.header("Set-Cookie");
			if (setCookie != null && setCookie.startsWith("JSESSIONID")) {
				this.cookie = setCookie.split(";")[0];
			}
			return response;
		}

		Http.Response get(String path) {
			return this.http.get(path).header("Cookie", this.cookie).send();
		}

		private static String enc(String value) {
			return URLEncoder.encode(value, StandardCharsets.UTF_8);
		}

	}

}
