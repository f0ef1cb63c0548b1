package io.yordam.escalation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import io.yordam.access.OperatorRole;
import io.yordam.access.Operators;
import io.yordam.access.PlatformRole;
import io.yordam.access.PlatformTokens;
import io.yordam.access.PlatformUser;
import io.yordam.sla.SlaTarget;
import io.yordam.support.Http;
import io.yordam.support.MutableClock;
import io.yordam.support.OperatorSession;
import io.yordam.support.Parallel;
import io.yordam.support.StompClients;
import io.yordam.support.StompFrames;
import io.yordam.support.YordamTest;
import io.yordam.tickets.TicketId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.simp.stomp.StompSessionHandlerAdapter;
import org.springframework.messaging.simp.user.SimpUserRegistry;
import org.springframework.web.socket.WebSocketHttpHeaders;
import org.springframework.web.socket.messaging.WebSocketStompClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Escalation through its doors: the rules (admins only; bad rules refused by field,
 * nothing saved), an agent's escalation (any operator; a reason required), the report
 * (supervisors and admins), the live topic (staff only), exactly once under parallel
 * triggers, and a VIP's wait as a persisted timer moved by the clock.
 */
@YordamTest
@Import(MutableClock.AppClock.class)
class EscalationHttpTests {

	@LocalServerPort
	int port;

	@Autowired
	Operators operators;

	@Autowired
	PlatformTokens tokens;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Escalations escalations;

	@Autowired
	EscalationRuleStore rules;

	@Autowired
	MutableClock clock;

	@Autowired
	SimpUserRegistry users;

	Http http;

	String agent;

	String supervisor;

	String admin;

	@BeforeEach
	void setUp() {
		this.http = new Http(this.port);
		this.agent = token(OperatorRole.AGENT);
		this.supervisor = token(OperatorRole.SUPERVISOR);
		this.admin = token(OperatorRole.ADMIN);
	}

	@Test
	void unknownTriggersAndNegativeMinutesAreRefusedByFieldAndNothingIsSaved() {
		int before = this.rules.current().version();
		Http.Response unknown = this.http
			.put("/api/v1/agent/escalation-rules",
					Map.of("basedOn", before, "rules", List.of(Map.of("trigger", "FULL_MOON", "level", "SUPERVISOR"))))
			.bearer(this.admin)
			.send();
		assertThat(unknown.status()).as(unknown.toString()).isEqualTo(400);
		assertThat(unknown.problemFields()).containsExactly("rules[0].trigger");
		Http.Response negative = this.http
			.put("/api/v1/agent/escalation-rules",
					Map.of("basedOn", before, "rules",
							List.of(Map.of("trigger", "VIP_WAITING", "threshold", -5, "level", "SUPERVISOR"))))
			.bearer(this.admin)
			.send();
		assertThat(negative.status()).as(negative.toString()).isEqualTo(400);
		assertThat(negative.problemFields()).contains("rules[0].threshold");
		assertThat(this.rules.current().version()).isEqualTo(before);
	}

	@Test
	void onlyAnAdminEditsTheRulesAndEverySaveIsKeptInTheHistory() {
		EscalationRuleStore.Versioned current = this.rules.current();
		Map<String, Object> body = Map.of("basedOn", current.version(), "rules", current.rules().rules(), "comment",
				"same rules, saved again");
		for (String refused : List.of(this.agent, this.supervisor)) {
			Http.Response response = this.http.put("/api/v1/agent/escalation-rules", body).bearer(refused).send();
			assertThat(response.status()).as(response.toString()).isEqualTo(403);
		}
		assertThat(this.rules.current().version()).isEqualTo(current.version());
		Http.Response saved = this.http.put("/api/v1/agent/escalation-rules", body).bearer(this.admin).send();
		assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
		assertThat(saved.json().path("version").asInt()).isEqualTo(current.version() + 1);
		JsonNode history = this.http.get("/api/v1/agent/escalation-rules/history").bearer(this.agent).send().json();
		assertThat(history.get(0).path("comment").asString()).isEqualTo("same rules, saved again");
		Http.Response stale = this.http.put("/api/v1/agent/escalation-rules", body).bearer(this.admin).send();
		assertThat(stale.status()).as("based on a version that is no longer the latest").isEqualTo(409);
	}

	@Test
	void anyAgentEscalatesWithAReasonAndAnEmptyReasonChangesNothing() {
		String ticket = newTicket();
		for (String reason : List.of("", "   ", "x".repeat(501))) {
			Http.Response refused = escalate(ticket, this.agent, "SECOND_LINE", reason);
			assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
			assertThat(refused.problemFields()).containsExactly("reason");
		}
		Http.Response firstLine = escalate(ticket, this.agent, "FIRST_LINE", "why not");
		assertThat(firstLine.problemFields()).containsExactly("level");
		assertThat(ticketJson(ticket).path("escalationLevel").asString()).isEqualTo("FIRST_LINE");
		assertThat(audit(ticket, "escalated")).isZero();

		Http.Response done = escalate(ticket, this.agent, "SECOND_LINE", "Courier app crashes on every order");
		assertThat(done.status()).as(done.toString()).isEqualTo(200);
		assertThat(done.json().path("level").asString()).isEqualTo("SECOND_LINE");
		assertThat(done.json().path("priority").asString()).isEqualTo("HIGH");
		assertThat(audit(ticket, "escalated")).isEqualTo(1);
		Http.Response lower = escalate(ticket, this.agent, "SECOND_LINE", "again");
		assertThat(lower.json().path("level").asString()).as("levels only go up").isEqualTo("SECOND_LINE");
		assertThat(audit(ticket, "escalated")).isEqualTo(1);
	}

	@Test
	void onlySupervisorsAndAdminsSeeTheReportWithTheTicketsNumbers() {
		String ticket = newTicket();
		escalate(ticket, this.agent, "SUPERVISOR", "Threatens to go to the press");
		long number = ticketJson(ticket).path("number").asLong();
		for (String path : List.of("/api/v1/agent/escalations", "/api/v1/agent/escalations.csv")) {
			assertThat(this.http.get(path).bearer(this.agent).send().status()).isEqualTo(403);
		}
		JsonNode report = this.http.get("/api/v1/agent/escalations?days=1").bearer(this.supervisor).send().json();
		assertThat(report.path("groups").toString()).contains("\"number\":" + number).contains("\"trigger\":\"AGENT\"");
		Http.Response csv = this.http.get("/api/v1/agent/escalations.csv?days=1").bearer(this.admin).send();
		assertThat(csv.status()).isEqualTo(200);
		assertThat(csv.text()).startsWith("day,line,level,trigger,count,tickets").contains("#" + number);
		assertThat(this.http.get("/api/v1/agent/escalations?days=-1").bearer(this.admin).send().problemFields())
			.containsExactly("days");
	}

	@Test
	void theSameTriggerEscalatesATicketOnceUnderParallelAndRedeliveredEvents() throws Exception {
		String ticket = newTicket();
		TicketId id = new TicketId(UUID.fromString(ticket));
		EscalationPolicies.Decision breach = EscalationPolicies.onSlaBreach(this.rules.current().rules(),
				SlaTarget.FIRST_RESPONSE);
		List<Callable<Boolean>> calls = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			calls.add(() -> this.escalations.byRule(id, breach).isPresent());
		}
		List<Boolean> escalated = Parallel.all(calls);
		assertThat(escalated).containsOnlyOnce(true);
		assertThat(this.escalations.byRule(id, breach)).as("a redelivery").isEmpty();
		assertThat(audit(ticket, "escalated")).isEqualTo(1);
		assertThat(this.jdbc.queryForObject("select count(*) from escalations where ticket_id = ?", Integer.class,
				id.value()))
			.isEqualTo(1);
	}

	@Test
	void aVipWaitingLongerThanTheRulesMinutesGoesToASupervisorByThePersistedTimer() {
		String ticket = newTicket();
		Http.Response tagged = this.http.post("/api/v1/agent/tickets/" + ticket + "/tags", Map.of("tag", "vip"))
			.bearer(this.agent)
			.send();
		assertThat(tagged.status()).as(tagged.toString()).isEqualTo(200);
		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.jdbc.queryForObject(
					"select count(*) from scheduled_tasks where task_name = ? and task_instance like ?", Integer.class,
					VipWaitTimer.NAME, ticket + ":%") == 1);
		this.clock.advance(Duration.ofMinutes(9));
		// Nine minutes: the first response's SLA has long been breached (that rule may
		// take
		// it to the second line), but the VIP's ten minutes are not up: no supervisor
		// yet.
		await().during(Duration.ofSeconds(2))
			.atMost(Duration.ofSeconds(4))
			.until(() -> !"SUPERVISOR".equals(ticketJson(ticket).path("escalationLevel").asString()));
		this.clock.advance(Duration.ofMinutes(2));
		await().atMost(Duration.ofSeconds(15))
			.until(() -> "SUPERVISOR".equals(ticketJson(ticket).path("escalationLevel").asString()));
		assertThat(ticketJson(ticket).path("priority").asString()).isEqualTo("URGENT");
	}

	@Test
	void onlyStaffSubscribeToTheLiveEscalationsAndOnlySupervisorsToAllOfThem() throws Exception {
		WebSocketStompClient client = StompClients.textClient();
		StompFrames customerFrames = new StompFrames();
		StompHeaders bearer = new StompHeaders();
		bearer.add("Authorization", "Bearer " + courier());
		StompSession customer = client
			.connectAsync("ws://localhost:" + this.port + "/ws", new WebSocketHttpHeaders(), bearer, customerFrames)
			.get(10, TimeUnit.SECONDS);
		customer.subscribe(EscalationNotices.SECOND_LINE, customerFrames);
		await().atMost(Duration.ofSeconds(10)).until(() -> !customerFrames.errors.isEmpty());

		StompFrames agentFrames = new StompFrames();
		StompSession agentSession = signedIn(client, OperatorRole.AGENT, agentFrames);
		agentSession.subscribe(EscalationNotices.SUPERVISORS, agentFrames);
		await().atMost(Duration.ofSeconds(10)).until(() -> !agentFrames.errors.isEmpty());

		// The second line's notices: only for agents with the second-line skill.
		StompFrames firstLineFrames = new StompFrames();
		StompSession firstLine = signedIn(client, OperatorRole.AGENT, firstLineFrames);
		firstLine.subscribe(EscalationNotices.SECOND_LINE, firstLineFrames);
		await().atMost(Duration.ofSeconds(10)).until(() -> !firstLineFrames.errors.isEmpty());

		StompFrames secondLineFrames = new StompFrames();
		String secondLineName = "second-" + UUID.randomUUID().toString().substring(0, 8);
		io.yordam.access.OperatorId secondLineAgent = this.operators.register(secondLineName, "Op second",
				"a-long-password", OperatorRole.AGENT, "ru");
		Http.Response skilled = this.http
			.put("/api/v1/agent/agents/" + secondLineAgent.value() + "/skills", Map.of("languages", List.of("ru", "uz"),
					"cities", List.of(), "lines", List.of("COURIERS"), "secondLine", true, "capacity", 3))
			.bearer(this.supervisor)
			.send();
		assertThat(skilled.status()).as(skilled.toString()).isEqualTo(200);
		StompSession secondLine = signedIn(client, secondLineName, secondLineFrames);
		secondLine.subscribe(EscalationNotices.SECOND_LINE, secondLineFrames);

		StompFrames supervisorFrames = new StompFrames();
		StompSession supervisorSession = signedIn(client, OperatorRole.SUPERVISOR, supervisorFrames);
		supervisorSession.subscribe(EscalationNotices.SUPERVISORS, supervisorFrames);
		await().atMost(Duration.ofSeconds(10))
			.until(() -> !this.users.findSubscriptions(s -> s.getDestination().equals(EscalationNotices.SUPERVISORS))
				.isEmpty());
		await().atMost(Duration.ofSeconds(10))
			.until(() -> !this.users.findSubscriptions(s -> s.getDestination().equals(EscalationNotices.SECOND_LINE))
				.isEmpty());
		String toSecondLine = newTicket();
		escalate(toSecondLine, this.agent, "SECOND_LINE", "Second line notice please");
		await().atMost(Duration.ofSeconds(10))
			.until(() -> secondLineFrames.messages.stream().anyMatch(m -> m.contains("Second line notice please")));
		assertThat(secondLineFrames.errors).isEmpty();
		String ticket = newTicket();
		escalate(ticket, this.agent, "SUPERVISOR", "Live notice please");
		await().atMost(Duration.ofSeconds(10))
			.until(() -> supervisorFrames.messages.stream().anyMatch(m -> m.contains("Live notice please")));
		assertThat(supervisorFrames.errors).isEmpty();
		assertThat(firstLineFrames.messages).isEmpty();
		client.stop();
	}

	// --- helpers

	Http.Response escalate(String ticket, String token, String level, String reason) {
		return this.http
			.post("/api/v1/agent/tickets/" + ticket + "/escalation", Map.of("level", level, "reason", reason))
			.bearer(token)
			.send();
	}

	JsonNode ticketJson(String ticket) {
		return this.http.get("/api/v1/agent/tickets/" + ticket).bearer(this.agent).send().json();
	}

	int audit(String ticket, String action) {
		int count = 0;
		for (JsonNode entry : this.http.get("/api/v1/agent/tickets/" + ticket + "/audit")
			.bearer(this.agent)
			.send()
			.json()) {
			if (action.equals(entry.path("action").asString())) {
				count++;
			}
		}
		return count;
	}

	/** A courier's conversation: its ticket goes straight to the queue, no bot first. */
	String newTicket() {
		Http.Response started = this.http
			.post("/api/v1/conversations",
					Map.of("text", "Mijoz javob bermayapti", "clientMessageId", UUID.randomUUID().toString()))
			.bearer(courier())
			.send();
		assertThat(started.status()).as(started.toString()).isEqualTo(201);
		String conversation = started.json().path("id").asString();
		return await().atMost(Duration.ofSeconds(10))
			.until(() -> this.http.get("/api/v1/agent/conversations/" + conversation + "/ticket")
				.bearer(this.agent)
				.send(), r -> r.status() == 200)
			.json()
			.path("id")
			.asString();
	}

	String courier() {
		return this.tokens.issue(new PlatformUser("k-" + UUID.randomUUID(), PlatformRole.COURIER, "Bekzod", "uz"),
				Duration.ofHours(1));
	}

	String token(OperatorRole role) {
		String name = role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
		return this.operators.issueApiToken(this.operators.register(name, "Op " + name, "a-long-password", role, "ru"),
				"tests");
	}

	StompSession signedIn(WebSocketStompClient client, OperatorRole role, StompFrames frames) throws Exception {
		String name = role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
		this.operators.register(name, "Op " + name, "a-long-password", role, "ru");
		return signedIn(client, name, frames);
	}

	StompSession signedIn(WebSocketStompClient client, String name, StompFrames frames) throws Exception {
		OperatorSession session = OperatorSession.open(this.http);
		session.login(name, "a-long-password");
		WebSocketHttpHeaders cookie = new WebSocketHttpHeaders();
		cookie.add("Cookie", session.cookie());
		return client.connectAsync("ws://localhost:" + this.port + "/ws", cookie, new StompHeaders(), frames)
			.get(10, TimeUnit.SECONDS);
	}

}
