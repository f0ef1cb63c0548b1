package io.yordam.board;

import java.lang.reflect.Type;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import io.yordam.access.OperatorId;
import io.yordam.access.OperatorRole;
import io.yordam.access.Operators;
import io.yordam.access.PlatformRole;
import io.yordam.access.PlatformTokens;
import io.yordam.access.PlatformUser;
import io.yordam.support.Http;
import io.yordam.support.OperatorSession;
import io.yordam.support.StompClients;
import io.yordam.support.StompFrames;
import io.yordam.support.YordamTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.simp.stomp.StompSessionHandlerAdapter;
import org.springframework.web.socket.WebSocketHttpHeaders;
import org.springframework.web.socket.messaging.WebSocketStompClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The supervisor's board through its three doors (page, API, topic): only supervisors and
 * admins; what waits is counted per line; a change reaches a watching supervisor without
 * asking; a ticket is reassigned from it.
 */
@YordamTest
class BoardTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	Operators operators;

	@Autowired
	PlatformTokens tokens;

	Http http;

	WebSocketStompClient client;

	@BeforeEach
	void setUp() {
		this.http = new Http(this.port);
		this.client = StompClients.textClient();
	}

	@AfterEach
	void tearDown() {
		this.client.stop();
	}

	@Test
	void onlySupervisorsAndAdminsSeeTheBoard() {
		assertThat(this.http.get("/api/v1/agent/board").bearer(token(OperatorRole.AGENT)).send().status())
			.isEqualTo(403);
		assertThat(this.http.get("/api/v1/agent/board").bearer(token(OperatorRole.SUPERVISOR)).send().status())
			.isEqualTo(200);
		assertThat(this.http.get("/api/v1/agent/board").bearer(token(OperatorRole.ADMIN)).send().status())
			.isEqualTo(200);
		assertThat(session(OperatorRole.AGENT).get("/agent/board").status()).isEqualTo(403);
		Http.Response page = session(OperatorRole.SUPERVISOR).get("/agent/board?lang=ru");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.text()).contains("Онлайн-табло").contains("Курьеры");
		assertThat(session(OperatorRole.SUPERVISOR).get("/agent/board?lang=uz").text()).contains("Jonli tablo");
	}

	@Test
	void whatWaitsIsCountedPerLine() {
		String supervisor = token(OperatorRole.SUPERVISOR);
		long before = couriersWaiting(supervisor);
		startAsCourier();
		startAsCourier();
		await().atMost(Duration.ofSeconds(10)).until(() -> couriersWaiting(supervisor) == before + 2);
		JsonNode couriers = line(supervisor, "COURIERS");
		assertThat(couriers.path("unassigned").asLong()).isGreaterThanOrEqualTo(2);
		assertThat(couriers.path("longestWaitingSince").isNull()).isFalse();
	}

	@Test
	void aWatchingSupervisorSeesTheChangeAndAnAgentMayNotListen() throws Exception {
		StompFrames refused = new StompFrames();
		connect(OperatorRole.AGENT, refused).subscribe(BoardFeed.TOPIC, refused);
		await().atMost(Duration.ofSeconds(10)).until(() -> !refused.errors.isEmpty());

		StompFrames frames = new StompFrames();
		connect(OperatorRole.SUPERVISOR, frames).subscribe(BoardFeed.TOPIC, frames);
		long before = couriersWaiting(token(OperatorRole.SUPERVISOR));
		frames.messages.clear();
		startAsCourier();
		String pushed = await().atMost(Duration.ofSeconds(10)).until(() -> {
			String frame = frames.messages.poll(1, TimeUnit.SECONDS);
			return (frame != null && courierCount(JSON.readTree(frame)) > before) ? frame : null;
		}, f -> f != null);
		assertThat(pushed).contains("\"lines\"").contains("\"agents\"");
		assertThat(refused.messages).isEmpty();
	}

	@Test
	void aSupervisorReassignsFromTheBoard() {
		String ticket = ticketOf(startAsCourier());
		String agentName = "agent-" + UUID.randomUUID().toString().substring(0, 8);
		OperatorId agent = this.operators.register(agentName, "Dilnoza " + agentName, "a-long-password",
				OperatorRole.AGENT, "uz");

		OperatorSession asAgent = session(OperatorRole.AGENT);
		assertThat(asAgent.post("/agent/board/tickets/" + ticket + "/assignee", "assigneeId=" + agent.value()).status())
			.isEqualTo(403);

		OperatorSession supervisor = session(OperatorRole.SUPERVISOR);
		Http.Response bad = supervisor.post("/agent/board/tickets/" + ticket + "/assignee", "assigneeId=nobody");
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.text()).isEqualTo("Такого оператора нет.");

		Http.Response done = supervisor.post("/agent/board/tickets/" + ticket + "/assignee",
				"assigneeId=" + agent.value());
		assertThat(done.status()).isEqualTo(302);
		assertThat(done.header("Location")).endsWith("/agent/board");
		JsonNode assigned = this.http.get("/api/v1/agent/tickets/" + ticket)
			.bearer(token(OperatorRole.SUPERVISOR))
			.send()
			.json();
		assertThat(assigned.path("assigneeName").asString()).isEqualTo("Dilnoza " + agentName);
	}

	long couriersWaiting(String token) {
		return line(token, "COURIERS").path("waiting").asLong();
	}

	JsonNode line(String token, String line) {
		JsonNode board = this.http.get("/api/v1/agent/board").bearer(token).send().json();
		for (JsonNode node : board.path("lines")) {
			if (node.path("line").asString().equals(line)) {
				return node;
			}
		}
		throw new AssertionError("no line " + line + " in " + board);
	}

	static long courierCount(JsonNode board) {
		for (JsonNode node : board.path("lines")) {
			if (node.path("line").asString().equals("COURIERS")) {
				return node.path("waiting").asLong();
			}
		}
		return -1;
	}

	String startAsCourier() {
		String courier = this.tokens.issue(
				new PlatformUser("k-" + UUID.randomUUID(), PlatformRole.COURIER, "Bobur", "uz"), Duration.ofHours(1));
		Http.Response started = this.http
			.post("/api/v1/conversations",
					Map.of("text", "Restoran buyurtmani bermayapti", "clientMessageId", UUID.randomUUID().toString()))
			.bearer(courier)
			.send();
		assertThat(started.status()).as(started.toString()).isEqualTo(201);
		return started.json().path("id").asString();
	}

	String ticketOf(String conversation) {
		String token = token(OperatorRole.SUPERVISOR);
		return await().atMost(Duration.ofSeconds(10))
			.until(() -> this.http.get("/api/v1/agent/conversations/" + conversation + "/ticket").bearer(token).send(),
					r -> r.status() == 200)
			.json()
			.path("id")
			.asString();
	}

	String token(OperatorRole role) {
		String name = role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
		return this.operators.issueApiToken(this.operators.register(name, "Op " + name, "a-long-password", role, "ru"),
				"tests");
	}

	OperatorSession session(OperatorRole role) {
		String name = role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
		this.operators.register(name, "Op " + name, "a-long-password", role, "ru");
		OperatorSession session = OperatorSession.open(this.http);
		session.login(name, "a-long-password");
		return session;
	}

	StompSession connect(OperatorRole role, StompFrames frames) throws Exception {
		WebSocketHttpHeaders cookie = new WebSocketHttpHeaders();
		cookie.add("Cookie", session(role).cookie());
		return this.client.connectAsync("ws://localhost:" + this.port + "/ws", cookie, new StompHeaders(), frames)
			.get(10, TimeUnit.SECONDS);
	}

}
