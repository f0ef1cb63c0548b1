package io.yordam.phone;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.simp.user.SimpUserRegistry;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.socket.WebSocketHttpHeaders;
import org.springframework.web.socket.messaging.WebSocketStompClient;

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

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Who sees a call pop up: the agent at whose extension it rings hears it on their own
 * topic, within a second; another agent's topic carries nothing of it; another operator
 * and a customer are refused that topic (an ERROR that ends their connection); and the
 * card behind the frame (who calls, their order) is the workspace's, for operators only.
 */
@YordamTest
@TestPropertySource(properties = { "yordam.phone.enabled=true", "yordam.phone.cti-secret=" + PhoneStompTests.SECRET })
class PhoneStompTests {

	static final String SECRET = "cti-secret-of-the-stomp-tests-0123";

	@LocalServerPort
	int port;

	@Autowired
	Operators operators;

	@Autowired
	PlatformTokens tokens;

	@Autowired
	SimpUserRegistry users;

	@Autowired
	PhoneExtensions extensions;

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
	void onlyTheAgentAtTheRingingExtensionHearsTheCall() throws Exception {
		String agent = register(OperatorRole.AGENT);
		String other = register(OperatorRole.AGENT);
		OperatorId agentId = this.operators.find(agent).orElseThrow().id();
		OperatorId otherId = this.operators.find(other).orElseThrow().id();
		String extension = "7" + (System.nanoTime() % 100_000);
		this.extensions.assign(agentId, extension);
		String mine = CallPopups.PREFIX + agentId.value();

		StompFrames agentFrames = new StompFrames();
		subscribed(connectAs(agent, agentFrames), mine, agentFrames);
		StompFrames otherFrames = new StompFrames();
		subscribed(connectAs(other, otherFrames), CallPopups.PREFIX + otherId.value(), otherFrames);
		refused(connectAs(other, new StompFrames()), mine);
		String customer = this.tokens
			.issue(new PlatformUser("c-" + UUID.randomUUID(), PlatformRole.CUSTOMER, "Ali", "uz"), Duration.ofHours(1));
		refused(connectWithToken(customer, new StompFrames()), mine);

		CtiEvents call = new CtiEvents(this.http, SECRET, "customers", "+998 91 555 01 02");
		assertThat(call.send("ringing", "extension", extension).status()).isEqualTo(200);

		String frame = agentFrames.messages.poll(1, TimeUnit.SECONDS);
		assertThat(frame).as("the pop-up's frame within a second")
			.isNotNull()
			.contains("\"type\":\"ringing\"")
			.contains(call.callId);
		assertThat(otherFrames.messages.poll(1, TimeUnit.SECONDS)).as("another agent's topic carries nothing").isNull();

		OperatorSession session = OperatorSession.open(this.http);
		session.login(agent, "a-long-password");
		assertThat(this.http.get("/agent/phone/calls/" + call.callId + "/card")
			.header("Cookie", session.cookie())
			.send()
			.text()).contains("+998 91 555 01 02");
		assertThat(this.http.get("/agent/phone/calls/" + call.callId + "/card").bearer(customer).send().status())
			.isIn(302, 401, 403);
	}

	@Test
	void aCallRingingInTheLinesQueuePopsUpForItsOnlineAgentsOnly() throws Exception {
		String online = register(OperatorRole.AGENT);
		String offline = register(OperatorRole.AGENT);
		for (String[] status : new String[][] { { online, "ONLINE" }, { offline, "OFFLINE" } }) {
			String token = this.operators.issueApiToken(this.operators.find(status[0]).orElseThrow().id(), "tests");
			assertThat(this.http.put("/api/v1/agent/me/status", java.util.Map.of("status", status[1]))
				.bearer(token)
				.send()
				.status()).isLessThan(300);
		}
		StompFrames onlineFrames = new StompFrames();
		String onlineTopic = CallPopups.PREFIX + this.operators.find(online).orElseThrow().id().value();
		subscribed(connectAs(online, onlineFrames), onlineTopic, onlineFrames);
		StompFrames offlineFrames = new StompFrames();
		String offlineTopic = CallPopups.PREFIX + this.operators.find(offline).orElseThrow().id().value();
		subscribed(connectAs(offline, offlineFrames), offlineTopic, offlineFrames);

		CtiEvents call = new CtiEvents(this.http, SECRET, "couriers", "+998 97 555 03 04");
		assertThat(call.send("ringing").status()).isEqualTo(200);

		assertThat(onlineFrames.messages.poll(1, TimeUnit.SECONDS)).isNotNull().contains(call.callId);
		assertThat(offlineFrames.messages.poll(1, TimeUnit.SECONDS)).as("an offline agent is not rung").isNull();

		call.send("missed");
		assertThat(onlineFrames.messages.poll(5, TimeUnit.SECONDS)).as("the pop-up closes")
			.contains("\"type\":\"closed\"");
	}

	void subscribed(StompSession session, String topic, StompFrames frames) {
		session.subscribe(topic, frames);
		await().atMost(Duration.ofSeconds(10))
			.until(() -> !this.users.findSubscriptions(s -> s.getDestination().equals(topic)).isEmpty());
	}

	static void refused(StompSession session, String topic) {
		session.subscribe(topic, new StompFrames());
		await().atMost(Duration.ofSeconds(10)).until(() -> !session.isConnected());
	}

	String register(OperatorRole role) {
		String name = role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
		this.operators.register(name, "Op " + name, "a-long-password", role, "ru");
		return name;
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

}
