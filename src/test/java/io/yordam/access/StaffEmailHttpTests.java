package io.yordam.access;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import io.yordam.support.Http;
import io.yordam.support.OperatorSession;
import io.yordam.support.YordamTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An operator's mail address (where the weekly report goes) through both doors: only an
 * admin lists the staff and sets an address; a supervisor and an agent are refused before
 * the body is read; an address that is not one (a list, a header smuggled in a line
 * break) is refused naming {@code email}, and nothing changes; each change is audited.
 * Without the email channel there is no weekly report at all.
 */
@YordamTest
class StaffEmailHttpTests {

	@LocalServerPort
	int port;

	@Autowired
	Operators operators;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationContext context;

	Http http;

	@BeforeEach
	void setUp() {
		this.http = new Http(this.port);
	}

	@Test
	void onlyAnAdminSetsAnAddressThroughTheApiAndABadOneChangesNothing() {
		OperatorId supervisor = register(OperatorRole.SUPERVISOR);
		String path = "/api/v1/agent/operators/" + supervisor.value() + "/email";
		for (OperatorRole role : List.of(OperatorRole.AGENT, OperatorRole.SUPERVISOR)) {
			Http.Response refused = this.http.put(path, "{\"email\": ").bearer(token(role)).send();
			assertThat(refused.status()).as(role + ": " + refused).isEqualTo(403);
			assertThat(refused.json().path("rule").asString()).isEqualTo("role");
			assertThat(this.http.get("/api/v1/agent/operators").bearer(token(role)).send().status()).isEqualTo(403);
		}
		String admin = token(OperatorRole.ADMIN);
		for (String bad : List.of("not an address", "timur@localhost", "a@b.uz, c@d.uz", "a@b.uz\r\nBcc: x@y.uz",
				"<a@b.uz>", "x".repeat(250) + "@b.uz")) {
			Http.Response refused = this.http.put(path, Map.of("email", bad)).bearer(admin).send();
			assertThat(refused.status()).as(bad).isEqualTo(400);
			assertThat(refused.problemFields()).containsExactly("email");
		}
		assertThat(email(supervisor)).as("nothing changed").isNull();

		Http.Response set = this.http.put(path, Map.of("email", " Timur.Rakhimov@Tezkor.uz ")).bearer(admin).send();
		assertThat(set.status()).as(set.toString()).isEqualTo(200);
		assertThat(set.json().path("email").asString()).isEqualTo("timur.rakhimov@tezkor.uz");
		assertThat(email(supervisor)).isEqualTo("timur.rakhimov@tezkor.uz");
		assertThat(this.http.get("/api/v1/agent/operators").bearer(admin).send().text())
			.contains("timur.rakhimov@tezkor.uz")
			.doesNotContain("password");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from access_audit where event = 'EMAIL_CHANGED' and detail like ?", Integer.class,
				"email of supervisor-%"))
			.isPositive();

		assertThat(this.http.put(path, Map.of("email", "")).bearer(admin).send().status()).isEqualTo(200);
		assertThat(email(supervisor)).as("an empty address removes it").isNull();
		assertThat(this.http.put("/api/v1/agent/operators/" + UUID.randomUUID() + "/email", Map.of("email", "a@b.uz"))
			.bearer(admin)
			.send()
			.status()).isEqualTo(404);
	}

	@Test
	void theStaffPageIsTheAdminsAlone() {
		OperatorId agent = register(OperatorRole.AGENT);
		OperatorSession supervisor = session(OperatorRole.SUPERVISOR);
		assertThat(supervisor.get("/agent/staff").status()).isEqualTo(403);
		assertThat(supervisor.post("/agent/staff/" + agent.value() + "/email", "email=a%40b.uz").status())
			.isEqualTo(403);
		assertThat(email(agent)).isNull();

		OperatorSession admin = session(OperatorRole.ADMIN);
		Http.Response page = admin.get("/agent/staff");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.text()).contains("data-testid=\"staff-row\"");
		Http.Response bad = admin.post("/agent/staff/" + agent.value() + "/email", "email=not+an+address");
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.text()).contains("data-field=\"email\"");
		Http.Response saved = admin.post("/agent/staff/" + agent.value() + "/email", "email=dilnoza%40tezkor.uz");
		assertThat(saved.status()).isEqualTo(302);
		assertThat(email(agent)).isEqualTo("dilnoza@tezkor.uz");
	}

	@Test
	void withoutTheEmailChannelThereIsNoWeeklyReport() {
		assertThat(this.context.containsBean("weeklyReportTask")).isFalse();
		assertThat(this.jdbc.queryForObject("select count(*) from scheduled_tasks where task_name = 'weekly-report'",
				Integer.class))
			.isZero();
	}

	private String email(OperatorId operator) {
		return this.jdbc.queryForObject("select email from operators where id = ?", String.class, operator.value());
	}

	private OperatorId register(OperatorRole role) {
		String name = role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
		return this.operators.register(name, "Op " + name, "a-long-password", role, "ru");
	}

	private String token(OperatorRole role) {
		return this.operators.issueApiToken(register(role), "tests");
	}

	private OperatorSession session(OperatorRole role) {
		OperatorId id = register(role);
		OperatorSession session = OperatorSession.open(this.http);
		String username = this.jdbc.queryForObject("select username from operators where id = ?", String.class,
				id.value());
		assertThat(session.login(username, "a-long-password").header("Location")).doesNotContain("login");
		return session;
	}

}
