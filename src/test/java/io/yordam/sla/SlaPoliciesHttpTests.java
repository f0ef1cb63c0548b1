package io.yordam.sla;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.yordam.access.OperatorId;
import io.yordam.access.OperatorRole;
import io.yordam.access.Operators;
import io.yordam.support.Http;
import io.yordam.support.OperatorSession;
import io.yordam.support.YordamTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The policies' doors: the agent API and the editor page. Only an admin edits; bad input
 * is a problem naming the field, and nothing changes.
 */
@YordamTest
class SlaPoliciesHttpTests {

	@LocalServerPort
	int port;

	@Autowired
	Operators operators;

	@Autowired
	JdbcTemplate jdbc;

	Http http;

	@BeforeEach
	void setUp() {
		this.http = new Http(this.port);
	}

	@Test
	void agentsAndSupervisorsAreRefusedThroughBothDoorsWhateverTheBody() {
		for (OperatorRole role : List.of(OperatorRole.AGENT, OperatorRole.SUPERVISOR)) {
			String token = token(role);
			for (Object body : new Object[] { "{\"basedOn\": \"x\"", "{}", valid(0, 60) }) {
				Http.Response api = this.http.put("/api/v1/agent/sla-policies", body).bearer(token).send();
				assertThat(api.status()).as(api.toString()).isEqualTo(403);
				assertThat(api.header("Content-Type")).startsWith("application/problem+json");
				assertThat(api.json().path("rule").asString()).isEqualTo("role");
			}
			OperatorSession session = session(role);
			assertThat(session.get("/agent/settings/sla").status()).isEqualTo(403);
			assertThat(session.post("/agent/settings/sla", "basedOn=0&name0=Chat&first0=10&next0=10&resolution0=10")
				.status()).isEqualTo(403);
			// Reading is open to every operator: the queue and the ticket view show the
			// clocks.
			assertThat(this.http.get("/api/v1/agent/sla-policies").bearer(token).send().status()).isEqualTo(200);
		}
		assertThat(versions()).isZero();
	}

	@Test
	void aNegativeOrZeroTargetOrAnUnknownConditionIsAProblemNamingTheFieldAndChangesNothing() {
		String admin = token(OperatorRole.ADMIN);
		int before = versions();
		Map<String, Object> negative = valid(before, -5);
		Http.Response refused = this.http.put("/api/v1/agent/sla-policies", negative).bearer(admin).send();
		assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
		assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
		assertThat(refused.problemFields()).contains("policies[0].firstResponseSeconds");

		Map<String, Object> zero = valid(before, 0);
		assertThat(this.http.put("/api/v1/agent/sla-policies", zero).bearer(admin).send().problemFields())
			.contains("policies[0].firstResponseSeconds");

		Map<String, Object> unknown = policies(before, Map.of("name", "Planes", "lines", List.of("PLANES"), "languages",
				List.of("fr"), "firstResponseSeconds", 60, "nextResponseSeconds", 120, "resolutionSeconds", 600));
		Http.Response named = this.http.put("/api/v1/agent/sla-policies", unknown).bearer(admin).send();
		assertThat(named.status()).isEqualTo(400);
		assertThat(named.problemFields()).contains("policies[0].lines", "policies[0].languages");

		Map<String, Object> badHours = new java.util.HashMap<>(valid(before, 60));
		badHours.put("calendars",
				List.of(Map.of("line", "COURIERS", "days", List.of("FUNDAY"), "opens", "9", "closes", "18:00")));
		assertThat(this.http.put("/api/v1/agent/sla-policies", badHours).bearer(admin).send().problemFields())
			.contains("calendars[0].days", "calendars[0].opens");
		assertThat(versions()).isEqualTo(before);
	}

	@Test
	void anAdminSavesThroughBothDoorsWithHistory() {
		String admin = token(OperatorRole.ADMIN);
		int before = versions();
		Http.Response saved = this.http.put("/api/v1/agent/sla-policies", valid(before, 30)).bearer(admin).send();
		assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
		assertThat(saved.json().path("version").asInt()).isEqualTo(before + 1);
		Http.Response read = this.http.get("/api/v1/agent/sla-policies").bearer(admin).send();
		assertThat(read.json().path("form").path("policies").get(0).path("firstResponseSeconds").asLong())
			.isEqualTo(30);
		// The same version again: someone saved meanwhile.
		assertThat(this.http.put("/api/v1/agent/sla-policies", valid(before, 40)).bearer(admin).send().status())
			.isEqualTo(409);

		OperatorSession page = session(OperatorRole.ADMIN);
		assertThat(page.get("/agent/settings/sla").text()).contains("data-testid=\"sla-version\"");
		Http.Response badForm = page.post("/agent/settings/sla",
				"basedOn=" + (before + 1) + "&name0=Chat&first0=0&next0=120&resolution0=600");
		assertThat(badForm.status()).isEqualTo(200);
		assertThat(badForm.text()).contains("data-field=\"policies[0].firstResponseSeconds\"");
		assertThat(versions()).isEqualTo(before + 1);
		Http.Response goodForm = page.post("/agent/settings/sla",
				"basedOn=" + (before + 1)
						+ "&name0=Chat&channels0=CHAT&first0=50&next0=120&resolution0=600&daysCOURIERS=MONDAY,TUESDAY"
						+ "&opensCOURIERS=09:00&closesCOURIERS=18:00&holidaysCOURIERS=2026-03-23&comment=office+hours");
		assertThat(goodForm.status()).as(goodForm.toString()).isEqualTo(302);
		assertThat(versions()).isEqualTo(before + 2);
	}

	private static Map<String, Object> valid(int basedOn, long firstResponse) {
		return policies(basedOn, policy(firstResponse));
	}

	private static Map<String, Object> policy(long firstResponse) {
		return Map.of("name", "Chat", "channels", List.of("CHAT"), "firstResponseSeconds", firstResponse,
				"nextResponseSeconds", 120, "resolutionSeconds", 3600);
	}

	private static Map<String, Object> policies(int basedOn, Map<String, Object> policy) {
		return Map.of("basedOn", basedOn, "policies", List.of(policy), "comment", "test");
	}

	private int versions() {
		return this.jdbc.queryForObject("select coalesce(max(version), 0) from sla_policies", Integer.class);
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

	private OperatorId register(OperatorRole role) {
		String name = role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
		return this.operators.register(name, "Op " + name, "a-long-password", role, "ru");
	}

}
