package io.yordam.notifications;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
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

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.simp.user.SimpUserRegistry;
import org.springframework.web.socket.WebSocketHttpHeaders;
import org.springframework.web.socket.messaging.WebSocketStompClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The door of an operator's notifications topic: its operator subscribes and hears a
 * hand-off live; another operator and a customer are refused (an ERROR that ends their
 * connection), and another operator's own topic carries nothing of it.
 */
@YordamTest
class NotificationStompTests {

	@LocalServerPort
	int port;

	@Autowired
	Operators operators;

	@Autowired
	PlatformTokens tokens;

	@Autowired
	SimpUserRegistry users;

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
	void onlyItsOperatorHearsTheirNotifications() throws Exception {
		String agent = register(OperatorRole.AGENT);
		String other = register(OperatorRole.AGENT);
		String supervisor = register(OperatorRole.SUPERVISOR);
		OperatorId agentId = this.operators.find(agent).orElseThrow().id();
		OperatorId otherId = this.operators.find(other).orElseThrow().id();
		String mine = NotificationTopics.PREFIX + agentId;

		StompFrames agentFrames = new StompFrames();
		subscribed(connectAs(agent, agentFrames), mine, agentFrames);
		StompFrames otherFrames = new StompFrames();
		subscribed(connectAs(other, otherFrames), NotificationTopics.PREFIX + otherId, otherFrames);

		refused(connectAs(other, new StompFrames()), mine);
		refused(connectAs(supervisor, new StompFrames()), mine);
		String customer = this.tokens
			.issue(new PlatformUser("c-" + UUID.randomUUID(), PlatformRole.CUSTOMER, "Ali", "uz"), Duration.ofHours(1));
		refused(connectWithToken(customer, new StompFrames()), mine);
		refused(connectWithToken(customer, new StompFrames()), NotificationTopics.PREFIX + "*");

		String ticket = courierTicket(supervisor);
		Http.Response assigned = this.http
			.post("/api/v1/agent/tickets/" + ticket + "/assignee", Map.of("assigneeId", agentId.value().toString()))
			.bearer(token(supervisor))
			.send();
		assertThat(assigned.status()).as(assigned.toString()).isEqualTo(200);

		String frame = agentFrames.messages.poll(15, TimeUnit.SECONDS);
		assertThat(frame).isNotNull()
			.contains("\"type\":\"notification\"")
			.contains("\"kind\":\"HANDOFF\"")
			.contains(ticket)
			.contains("\"unread\":1");
		assertThat(otherFrames.messages.poll(1, TimeUnit.SECONDS)).as("another operator's topic carries nothing")
			.isNull();
		assertThat(agentFrames.errors).isEmpty();
	}

	void subscribed(StompSession session, String topic, StompFrames frames) {
		session.subscribe(topic, frames);
		await().atMost(Duration.ofSeconds(10))
			.until(() -> !this.users.findSubscriptions(s -> s.getDestination().equals(topic)).isEmpty());
	}

	/** The SUBSCRIBE is answered with an ERROR, and the connection is over. */
	static void refused(StompSession session, String topic) {
		StompFrames frames = new StompFrames();
		session.subscribe(topic, frames);
		await().atMost(Duration.ofSeconds(10)).until(() -> !session.isConnected());
	}

	String register(OperatorRole role) {
		String name = role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
		this.operators.register(name, "Op " + name, "a-long-password", role, "ru");
		return name;
	}

	String token(String username) {
		return this.operators.issueApiToken(this.operators.find(username).orElseThrow().id(), "tests");
	}

	StompSession connectAs(String username, StompFrames frames) throws Exception {
		OperatorSession session = OperatorSession.open(this.http);
		session.login(username, "a-long-password");
		WebSocketHttpHeaders cookie = new WebSocketHttpHeaders();
		cookie.add("Cookie", session.cookie());
		return this.client.connectAsync("ws://localhost:" + this.port + "/ws", cookie, new StompHeaders(), frames)
			.get(10, TimeUnit.SECONDS);
	}

	StompSession connectWithToken(String token, StompFrames frames) throws Exception {
		StompHeaders connect = new StompHeaders();
		connect.add("Authorization", "Bearer " + token);
		return this.client
			.connectAsync("ws://localhost:" + this.port + "/ws", new WebSocketHttpHeaders(), connect, frames)
			.get(10, TimeUnit.SECONDS);
	}

	String courierTicket(String supervisor) {
		String courier = this.tokens.issue(
				new PlatformUser("k-" + UUID.randomUUID(), PlatformRole.COURIER, "Bekzod", "uz"), Duration.ofHours(1));
		String conversation = this.http
			.post("/api/v1/conversations", Map.of("text", "Manzil topilmadi", "clientMessageId", "k1"))
			.bearer(courier)
			.send()
			.json()
			.path("id")
			.asString();
		String token = token(supervisor);
		return await().atMost(Duration.ofSeconds(10))
			.until(() -> this.http.get("/api/v1/agent/conversations/" + conversation + "/ticket").bearer(token).send(),
					r -> r.status() == 200)
			.json()
			.path("id")
			.asString();
	}

}
