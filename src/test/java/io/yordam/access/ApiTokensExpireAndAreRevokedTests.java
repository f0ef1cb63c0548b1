package io.yordam.access;

import io.yordam.support.MutableClock;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.yordam.support.Http;
import io.yordam.support.OperatorSession;
import io.yordam.support.YordamTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A low finding of issue 10: "agent API tokens never expire and cannot be revoked from
 * the UI". An operator lists their own tokens in the workspace, makes one with an expiry
 * and revokes one; an expired or revoked token is a 401; each change is audited.
 */
@YordamTest
@Import(MutableClock.AppClock.class)
class ApiTokensExpireAndAreRevokedTests {

	private static final Pattern TOKEN = Pattern.compile("data-testid=\"token-value\">(yt_[A-Za-z0-9_-]+)<");

	private static final Pattern TOKEN_ID = Pattern.compile("data-token-id=\"([0-9a-f-]{36})\"");

	@LocalServerPort
	int port;

	@Autowired
	Operators operators;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	Http http;

	String username;

	OperatorSession session;

	@BeforeEach
	void setUp() {
		this.http = new Http(this.port);
		this.username = "agent-" + UUID.randomUUID().toString().substring(0, 8);
		this.operators.register(this.username, "Dilnoza Yusupova", "a-long-password", OperatorRole.AGENT, "en");
		this.session = OperatorSession.open(this.http);
		assertThat(this.session.login(this.username, "a-long-password").header("Location")).doesNotContain("login");
	}

	@Test
	void anOperatorMakesATokenThatWorksUntilItExpires() {
		String token = create("ci pipeline", 7);
		assertThat(agentApi(token).status()).isEqualTo(200);
		String page = this.session.get("/agent/tokens").text();
		assertThat(page).contains("ci pipeline").contains("data-status=\"ACTIVE\"").doesNotContain(token);
		assertThat(this.session.get("/agent/tokens?lang=ru").text()).contains("Мои API-токены");
		assertThat(this.session.get("/agent/tokens?lang=uz").text()).contains("Mening API tokenlarim");

		this.clock.advance(Duration.ofDays(8));
		Http.Response expired = agentApi(token);
		assertThat(expired.status()).isEqualTo(401);
		assertThat(expired.header("Content-Type")).startsWith("application/problem+json");
		assertThat(this.session.get("/agent/tokens").text()).contains("data-status=\"EXPIRED\"");
	}

	@Test
	void anOperatorRevokesATokenWhichIsRefusedAtOnceAndAudited() {
		String token = create("reporting", 90);
		assertThat(agentApi(token).status()).isEqualTo(200);
		Matcher id = TOKEN_ID.matcher(this.session.get("/agent/tokens").text());
		assertThat(id.find()).isTrue();
		assertThat(this.session.post("/agent/tokens/" + id.group(1) + "/revoke", "").status()).isEqualTo(302);

		assertThat(agentApi(token).status()).isEqualTo(401);
		assertThat(this.session.get("/agent/tokens").text()).contains("data-status=\"REVOKED\"");
		assertThat(this.jdbc.queryForList("select event from access_audit where username = ? order by at", String.class,
				this.username))
			.contains("TOKEN_CREATED", "TOKEN_REVOKED");
	}

	@Test
	void nobodySeesOrRevokesAnothersToken() {
		OperatorId other = this.operators.register("other-" + UUID.randomUUID().toString().substring(0, 8), "Other",
				"a-long-password", OperatorRole.SUPERVISOR, "en");
		String theirs = this.operators.issueApiToken(other, "their secret name");
		UUID theirId = this.operators.tokensOf(other).get(0).id();
		assertThat(this.session.get("/agent/tokens").text()).doesNotContain("their secret name");
		assertThat(this.session.post("/agent/tokens/" + theirId + "/revoke", "").status()).isEqualTo(404);
		assertThat(agentApi(theirs).status()).isEqualTo(200);
	}

	@Test
	void aTokenMustHaveANameAndALifetimeOfTheList() {
		assertThat(this.session.post("/agent/tokens", "name=&days=7").text()).contains("data-field=\"name\"");
		assertThat(this.session.post("/agent/tokens", "name=x&days=10000").text()).contains("data-field=\"days\"");
		assertThat(this.operators.tokensOf(this.operators.find(this.username).orElseThrow().id())).isEmpty();
	}

	private String create(String name, int days) {
		Http.Response page = this.session.post("/agent/tokens", "name=" + name.replace(" ", "+") + "&days=" + days);
		assertThat(page.status()).isEqualTo(200);
		Matcher token = TOKEN.matcher(page.text());
		assertThat(token.find()).as("the new token is shown once").isTrue();
		return token.group(1);
	}

	private Http.Response agentApi(String token) {
		return this.http.get("/api/v1/agent/tickets").bearer(token).send();
	}

}
