package io.yordam.access;

import io.yordam.support.MutableClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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
 * Finding 10 of issue 10: "30 wrong passwords in 2.8 s, then the right one worked". Wrong
 * passwords fired in parallel are each counted (in the database), lock the account, and
 * the right password is refused until the lock has passed; every attempt is audited.
 */
@YordamTest
@Import(MutableClock.AppClock.class)
class SignInBruteForceIsThrottledTests {

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

	@BeforeEach
	void setUp() {
		this.http = new Http(this.port);
		this.username = "agent-" + UUID.randomUUID().toString().substring(0, 8);
		this.operators.register(this.username, "Dilnoza Yusupova", "the-right-password", OperatorRole.AGENT, "ru");
		// Each test starts after the address's run of failures from the previous one.
		this.clock.advance(Duration.ofHours(2));
	}

	@Test
	void thirtyParallelWrongPasswordsAreAllCountedAndLockOutTheRightOneUntilTheLockHasPassed() throws Exception {
		List<OperatorSession> sessions = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			sessions.add(OperatorSession.open(this.http));
		}
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Http.Response>> attempts = new ArrayList<>();
		try (ExecutorService pool = Executors.newFixedThreadPool(30)) {
			for (OperatorSession session : sessions) {
				attempts.add(pool.submit(() -> {
					start.await();
					return session.login(this.username, "a-wrong-password");
				}));
			}
			start.countDown();
			for (Future<Http.Response> attempt : attempts) {
				assertThat(attempt.get().header("Location")).as("no wrong password signs in")
					.containsAnyOf("/login?error", "/login?locked=");
			}
		}
		// Each attempt is audited once; each wrong password checked is counted once.
		assertThat(audited("SIGN_IN_FAILED", "SIGN_IN_LOCKED", "SIGN_IN_REFUSED_LOCKED")).isEqualTo(30);
		int checked = audited("SIGN_IN_FAILED", "SIGN_IN_LOCKED");
		assertThat(checked).isGreaterThanOrEqualTo(5);
		assertThat(this.jdbc.queryForObject(
				"select failures from sign_in_throttle where scope = 'ACCOUNT' and subject = ?", Integer.class,
				this.username))
			.isEqualTo(checked);

		OperatorSession agent = OperatorSession.open(this.http);
		Http.Response locked = agent.login(this.username, "the-right-password");
		assertThat(locked.header("Location")).contains("/login?locked=");
		assertThat(agent.get("/agent").status()).as("not signed in").isEqualTo(302);
		String wait = locked.header("Location").replaceAll(".*locked=", "");
		assertThat(Integer.parseInt(wait)).isBetween(1, 15);
		assertThat(agent.get("/login?locked=" + wait + "&lang=ru").text())
			.contains("Слишком много неудачных попыток входа. Подождите " + wait + " мин.");
		assertThat(agent.get("/login?locked=" + wait + "&lang=uz").text()).contains(wait + " daqiqa kuting");
		assertThat(agent.get("/login?locked=" + wait + "&lang=en").text())
			.contains("Too many failed sign-ins. Wait " + wait + " min");
		assertThat(audited("SIGN_IN_REFUSED_LOCKED")).isPositive();

		this.clock.advance(Duration.ofMinutes(16));
		OperatorSession later = OperatorSession.open(this.http);
		assertThat(later.login(this.username, "the-right-password").header("Location")).doesNotContain("login");
		assertThat(later.get("/agent").status()).isEqualTo(200);
		assertThat(audited("SIGN_IN_SUCCEEDED")).isEqualTo(1);
		// A right password ends the run: the next mistake does not lock at once.
		assertThat(OperatorSession.open(this.http).login(this.username, "one-typo").header("Location"))
			.endsWith("/login?error");
	}

	@Test
	void attackersElsewhereKeepARealAgentOutForMinutesAtMost() {
		List<String> attackers = List.of("203.0.113.7", "203.0.113.8", "203.0.113.9");
		for (String attacker : attackers) {
			for (int i = 0; i < 5; i++) {
				OperatorSession.open(this.http).loginFrom(attacker, this.username, "guess-" + i);
			}
		}
		// The account is locked from everywhere, but briefly.
		Http.Response atWork = OperatorSession.open(this.http)
			.loginFrom("198.51.100.2", this.username, "the-right-password");
		assertThat(atWork.header("Location")).contains("/login?locked=");
		int wait = Integer.parseInt(atWork.header("Location").replaceAll(".*locked=", ""));
		assertThat(wait).isBetween(1, 5);
		this.clock.advance(Duration.ofMinutes(wait).plusSeconds(1));
		OperatorSession agent = OperatorSession.open(this.http);
		assertThat(agent.loginFrom("198.51.100.2", this.username, "the-right-password").header("Location"))
			.doesNotContain("login");
		assertThat(agent.get("/agent").status()).isEqualTo(200);
		assertThat(this.jdbc.queryForList("select distinct address from access_audit where username = ?", String.class,
				this.username))
			.containsExactlyInAnyOrder("203.0.113.7", "203.0.113.8", "203.0.113.9", "198.51.100.2");
	}

	@Test
	void aFewMistakesAreForgivenAndTheRightPasswordStillWorks() {
		for (int i = 0; i < 3; i++) {
			assertThat(OperatorSession.open(this.http).login(this.username, "typo-" + i).header("Location"))
				.endsWith("/login?error");
		}
		OperatorSession agent = OperatorSession.open(this.http);
		assertThat(agent.login(this.username, "the-right-password").header("Location")).doesNotContain("login");
		assertThat(agent.get("/agent").status()).isEqualTo(200);
	}

	@Test
	void supervisorsReadTheAuditOfTheDoorAgentsDoNot() {
		OperatorSession.open(this.http).login(this.username, "a-wrong-password");
		String supervisor = this.operators
			.issueApiToken(this.operators.register("sup-" + UUID.randomUUID().toString().substring(0, 8), "Sup",
					"a-long-password", OperatorRole.SUPERVISOR, "ru"), "tests");
		String agent = this.operators
			.issueApiToken(this.operators.register("ag-" + UUID.randomUUID().toString().substring(0, 8), "Ag",
					"a-long-password", OperatorRole.AGENT, "ru"), "tests");
		Http.Response audit = this.http.get("/api/v1/agent/access-audit?limit=500").bearer(supervisor).send();
		assertThat(audit.status()).isEqualTo(200);
		assertThat(audit.text()).contains("\"username\":\"" + this.username + "\"")
			.contains("SIGN_IN_FAILED")
			.contains("\"address\":\"");
		assertThat(this.http.get("/api/v1/agent/access-audit").bearer(agent).send().status()).isEqualTo(403);
	}

	private int audited(String... events) {
		return this.jdbc.queryForObject(
				"select count(*) from access_audit where username = ? and event in ("
						+ String.join(",", java.util.Collections.nCopies(events.length, "?")) + ")",
				Integer.class, concat(this.username, events));
	}

	private static Object[] concat(String first, String[] rest) {
		Object[] all = new Object[rest.length + 1];
		all[0] = first;
		System.arraycopy(rest, 0, all, 1, rest.length);
		return all;
	}

}
