package io.yordam.access;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

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
 * Finding 12 of issue 10: "an agent marked a department task done through the API, which
 * the workspace refuses". Each staff action has one rule (StaffAction), checked by the
 * module that carries it out: the agent API and the workspace give the same answer. And
 * (a low finding) the API decides the role before it reads the body: an agent's malformed
 * settings are a 403, not a 400.
 */
@YordamTest
class StaffActionsHaveOneRuleThroughBothDoorsTests {

	@LocalServerPort
	int port;

	@Autowired
	Operators operators;

	@Autowired
	JdbcTemplate jdbc;

	Http http;

	String agentToken;

	OperatorSession agentSession;

	String supervisorToken;

	OperatorSession supervisorSession;

	@BeforeEach
	void setUp() {
		this.http = new Http(this.port);
		this.agentToken = token(OperatorRole.AGENT);
		this.agentSession = session(OperatorRole.AGENT);
		this.supervisorToken = token(OperatorRole.SUPERVISOR);
		this.supervisorSession = session(OperatorRole.SUPERVISOR);
	}

	@Test
	void anAgentClosesADepartmentTaskThroughNeitherDoorASupervisorThroughBoth() {
		UUID first = task();
		Http.Response api = this.http.post("/api/v1/agent/department-tasks/" + first + "/done", null)
			.bearer(this.agentToken)
			.send();
		assertThat(api.status()).isEqualTo(403);
		assertThat(api.json().path("rule").asString()).isEqualTo("role");
		assertThat(this.agentSession.post("/agent/department-tasks/" + first + "/done", "").status()).isEqualTo(403);
		assertThat(status(first)).isEqualTo("OPEN");

		Http.Response bySupervisor = this.http.post("/api/v1/agent/department-tasks/" + first + "/done", null)
			.bearer(this.supervisorToken)
			.send();
		assertThat(bySupervisor.status()).isEqualTo(200);
		assertThat(status(first)).isEqualTo("DONE");
		UUID second = task();
		assertThat(this.supervisorSession.post("/agent/department-tasks/" + second + "/done", "").status())
			.isEqualTo(302);
		assertThat(status(second)).isEqualTo("DONE");
	}

	@Test
	void anAgentIsRefusedEverySupervisorsActionThroughBothDoors() {
		UUID some = UUID.randomUUID();
		// The department's queue.
		assertApi(this.http.get("/api/v1/agent/departments/COURIER_OPERATIONS/tasks"));
		assertWorkspace(this.agentSession.get("/agent/departments?department=COURIER_OPERATIONS"));
		// Approvals.
		assertApi(this.http.get("/api/v1/agent/approvals"));
		assertWorkspace(this.agentSession.get("/agent/approvals"));
		assertApi(this.http.post("/api/v1/agent/incidents/" + some + "/approval", Map.of("approve", true)));
		assertWorkspace(this.agentSession.post("/agent/incidents/" + some + "/approval", "approve=true"));
		// Scorecards and finance's CSV.
		assertApi(this.http.get("/api/v1/agent/scorecards"));
		assertWorkspace(this.agentSession.get("/agent/scorecards"));
		assertApi(this.http.get("/api/v1/agent/ledger.csv"));
		assertWorkspace(this.agentSession.get("/agent/ledger.csv"));
		// A ledger reversal (the agent API is its only door).
		assertApi(this.http.post("/api/v1/agent/ledger/" + some + "/reversal", Map.of("reason", "mistake")));
	}

	@Test
	void anAgentIsRefusedTheAdminsEditsThroughBothDoorsWhateverTheBody() {
		// Malformed JSON: the role is decided before the body is read.
		for (String body : new String[] { "{\"basedOn\": \"x\"", "{}", "[1,2" }) {
			assertApi(this.http.put("/api/v1/agent/playbook-settings", body));
			assertApi(this.http.put("/api/v1/agent/kb/articles/refunds", body));
		}
		assertApi(this.http.post("/api/v1/agent/kb/articles/refunds/publication", null));
		assertApi(this.http.post("/api/v1/agent/kb/articles/refunds/archive", null));
		assertWorkspace(this.agentSession.post("/agent/settings/playbooks", "basedOn=0"));
		assertWorkspace(this.agentSession.post("/agent/kb", "slug=refunds&category=GENERAL&ru=x&uz=x&en=x"));
		assertWorkspace(this.agentSession.post("/agent/kb/refunds/publication", ""));
		assertWorkspace(this.agentSession.post("/agent/kb/refunds/archive", ""));
		// A supervisor is not an admin either.
		Http.Response supervisor = this.http.put("/api/v1/agent/playbook-settings", "{\"basedOn\": \"x\"")
			.bearer(this.supervisorToken)
			.send();
		assertThat(supervisor.status()).isEqualTo(403);
	}

	private void assertApi(Http.Request request) {
		Http.Response response = request.bearer(this.agentToken).send();
		assertThat(response.status()).as(response.toString()).isEqualTo(403);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		assertThat(response.json().path("rule").asString()).isEqualTo("role");
	}

	private void assertWorkspace(Http.Response response) {
		assertThat(response.status()).as(response.toString()).isEqualTo(403);
	}

	private UUID task() {
		UUID id = UUID.randomUUID();
		this.jdbc.update(
				"insert into department_tasks (id, department, incident_id, ticket_id, order_id, fault, summary, status, "
						+ "created_at) values (?, 'COURIER_OPERATIONS', ?, ?, 'o-1', 'COURIER', 'bag dropped', 'OPEN', ?)",
				id, UUID.randomUUID(), UUID.randomUUID(), OffsetDateTime.now(ZoneOffset.UTC));
		return id;
	}

	private String status(UUID task) {
		return this.jdbc.queryForObject("select status from department_tasks where id = ?", String.class, task);
	}

	private String token(OperatorRole role) {
		return this.operators.issueApiToken(register(role, "a-long-password"), "tests");
	}

	private OperatorSession session(OperatorRole role) {
		OperatorId id = register(role, "a-long-password");
		OperatorSession session = OperatorSession.open(this.http);
		String username = this.jdbc.queryForObject("select username from operators where id = ?", String.class,
				id.value());
		assertThat(session.login(username, "a-long-password").header("Location")).doesNotContain("login");
		return session;
	}

	private OperatorId register(OperatorRole role, String password) {
		String name = role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
		return this.operators.register(name, "Op " + name, password, role, "ru");
	}

}
