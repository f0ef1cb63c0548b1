package io.yordam.support;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** A browser-like operator session: the cookie and the CSRF token of the sign-in form. */
public final class OperatorSession {

	private static final Pattern CSRF = Pattern
		.compile("<input[^>]*name=\"_csrf\"[^>]*value=\"([^\"]+)\"|<input[^>]*value=\"([^\"]+)\"[^>]*name=\"_csrf\"");

	private static final Pattern META_CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

	private final Http http;

	private String cookie;

	private String csrf;

	private OperatorSession(Http http) {
		this.http = http;
	}

	public static OperatorSession open(Http http) {
		OperatorSession session = new OperatorSession(http);
		Http.Response form = http.get("/login").send();
		session.cookie = sessionCookie(form);
		Matcher matcher = CSRF.matcher(form.text());
		assertThat(matcher.find()).as("the sign-in form carries a CSRF token").isTrue();
		session.csrf = (matcher.group(1) != null) ? matcher.group(1) : matcher.group(2);
		return session;
	}

	public Http.Response login(String username, String password) {
		return loginFrom(null, username, password);
	}

	/**
	 * Signs in as a client at the given address would through the load balancer, which
	 * names it in {@code X-Forwarded-For} ({@code null}: the test's own address).
	 */
	public Http.Response loginFrom(String address, String username, String password) {
		String body = "username=" + enc(username) + "&password=" + enc(password) + "&_csrf=" + enc(this.csrf);
		Http.Request request = this.http.postRaw("/login", body.getBytes(StandardCharsets.UTF_8))
			.contentType("application/x-www-form-urlencoded")
			.header("Cookie", this.cookie);
		if (address != null) {
			request.header("X-Forwarded-For", address);
		}
		Http.Response response = request.send();
		String renewed = sessionCookie(response);
		if (renewed != null) {
			// Signing in renews the session id (no session fixation).
			this.cookie = renewed;
		}
		return response;
	}

	public Http.Response get(String path) {
		return this.http.get(path).header("Cookie", this.cookie).send();
	}

	/**
	 * Posts a form as the workspace's pages do, with the session's current CSRF token
	 * (signing in renews it: it is read from a page's meta tag).
	 */
	public Http.Response post(String path, String form) {
		return post(path, form, csrf());
	}

	/** The session's current CSRF token, as a workspace page carries it. */
	public String csrf() {
		Matcher matcher = META_CSRF.matcher(get("/agent/tokens").text());
		assertThat(matcher.find()).as("a workspace page carries the CSRF token").isTrue();
		return matcher.group(1);
	}

	/**
	 * Posts a form with a CSRF token read before: requests fired together post as one
	 * page's clicks do, each without reading a page first.
	 */
	public Http.Response post(String path, String form, String csrf) {
		String body = (form.isEmpty() ? "" : form + "&") + "_csrf=" + enc(csrf);
		return this.http.postRaw(path, body.getBytes(StandardCharsets.UTF_8))
			.contentType("application/x-www-form-urlencoded")
			.header("Cookie", this.cookie)
			.send();
	}

	/** The session cookie, for a WebSocket handshake or another node. */
	public String cookie() {
		return this.cookie;
	}

	private static String sessionCookie(Http.Response response) {
		return response.headers()
			.entrySet()
			.stream()
			.filter(e -> e.getKey().equalsIgnoreCase("Set-Cookie"))
			.flatMap(e -> e.getValue().stream())
			.map(c -> c.split(";")[0])
			.filter(c -> c.startsWith("SESSION=") || c.startsWith("JSESSIONID="))
			.findFirst()
			.orElse(null);
	}

	private static String enc(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
