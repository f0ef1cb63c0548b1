package io.yordam.routing;

import java.lang.reflect.Type;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import io.yordam.access.OperatorId;
import io.yordam.access.OperatorRole;
import io.yordam.access.Operators;
import io.yordam.access.PlatformRole;
import io.yordam.access.PlatformTokens;
import io.yordam.access.PlatformUser;
import io.yordam.support.Http;
import io.yordam.support.MutableClock;
import io.yordam.support.StompClients;
import io.yordam.support.YordamTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.simp.stomp.StompSessionHandlerAdapter;
import org.springframework.messaging.simp.user.SimpUserRegistry;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.socket.WebSocketHttpHeaders;
import org.springframework.web.socket.messaging.WebSocketStompClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The customer's place and wait over a real STOMP connection: the wait follows who is
 * online, not only the queue.
 */
@YordamTest
// The same context as RoutingHttpTests (agents online here must not take other tests'
// tickets), which also leaves every agent offline after each test.
@TestPropertySource(properties = "yordam.routing.test-context=http")
@Import(MutableClock.AppClock.class)
class LiveQueueStompTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	Operators operators;

	@Autowired
	PlatformTokens tokens;

	@Autowired
	SimpUserRegistry users;

	@Autowired
	JdbcTemplate jdbc;

	WebSocketStompClient client;

	Http http;

	@BeforeEach
	void setUp() {
		this.client = StompClients.textClient();
		this.http = new Http(this.port);
	}

	@AfterEach
	void tearDown() {
		this.client.stop();
		this.jdbc.update("update agent_profiles set status = 'OFFLINE'");
	}

	String operator(String name, OperatorRole role) {
		OperatorId id = this.operators.register("u-" + UUID.randomUUID().toString().substring(0, 8), name,
				"a-long-password", role, "ru");
		return this.operators.issueApiToken(id, "tests") + "|" + id.value();
	}

	String customer(String name) {
		return this.tokens.issue(new PlatformUser("c-" + UUID.randomUUID(), PlatformRole.CUSTOMER, name, "ru"),
				Duration.ofHours(1));
	}

	String start(String customer) {
		return this.http
			.post("/api/v1/conversations",
					Map.of("text", "Где мой заказ?", "clientMessageId", UUID.randomUUID().toString()))
			.bearer(customer)
			.send()
			.json()
			.path("id")
			.asString();
	}

	@Test
	void theLastAgentGoingOfflineMakesAWaitingCustomersWaitUnknownLive() throws Exception {
		String[] agent = operator("Dilnoza Yusupova", OperatorRole.AGENT).split("\\|");
		String supervisor = operator("Timur Rakhimov", OperatorRole.SUPERVISOR).split("\\|")[0];
		this.http
			.put("/api/v1/agent/agents/" + agent[1] + "/skills", Map.of("languages", List.of("ru"), "cities", List.of(),
					"lines", List.of("CUSTOMERS_PARTNERS"), "secondLine", false, "capacity", 1))
			.bearer(supervisor)
			.send();
		this.http.put("/api/v1/agent/me/status", Map.of("status", "ONLINE")).bearer(agent[0]).send();

		// Her one slot is taken (by the first customer, or by what already waited): the
		// second customer waits, with a number of minutes since she is online.
		start(customer("Алексей Смирнов"));
		await().atMost(Duration.ofSeconds(15))
			.until(() -> this.http.get("/api/v1/agent/me/availability").bearer(agent[0]).send().json(),
					a -> a.path("openChats").asInt() == 1);
		String waiting = customer("Ольга Ким");
		String conversation = start(waiting);
		await().atMost(Duration.ofSeconds(15))
			.until(() -> this.http.get("/api/v1/conversations/" + conversation + "/queue")
				.bearer(waiting)
				.send()
				.json(), q -> q.path("place").asInt() >= 1 && q.path("waitMinutes").isNumber());

		Frames frames = new Frames();
		StompHeaders connect = new StompHeaders();
		connect.add("Authorization", "Bearer " + waiting);
		StompSession session = this.client
			.connectAsync("ws://localhost:" + this.port + "/ws", new WebSocketHttpHeaders(), connect, frames)
			.get(10, TimeUnit.SECONDS);
		String topic = "/topic/conversations." + conversation;
		session.subscribe(topic, frames);
		await().atMost(Duration.ofSeconds(10))
			.until(() -> !this.users.findSubscriptions(s -> s.getDestination().equals(topic)).isEmpty());

		// She goes offline: nobody is left on the line, and the customer is told so
		// without asking again.
		this.http.put("/api/v1/agent/me/status", Map.of("status", "OFFLINE")).bearer(agent[0]).send();
		JsonNode after = await().atMost(Duration.ofSeconds(10))
			.until(() -> frames.queue.stream().filter(f -> !f.path("waitMinutes").isNumber()).findFirst().orElse(null),
					f -> f != null);
		JsonNode asked = this.http.get("/api/v1/conversations/" + conversation + "/queue")
			.bearer(waiting)
			.send()
			.json();
		assertThat(asked.path("waitMinutes").isNumber()).isFalse();
		assertThat(after.path("place").asInt()).isEqualTo(asked.path("place").asInt()).isPositive();
	}

	/** The queue frames one connection receives. */
	static class Frames extends StompSessionHandlerAdapter {

		final List<JsonNode> queue = new CopyOnWriteArrayList<>();

		@Override
		public Type getPayloadType(StompHeaders headers) {
			return String.class;
		}

		@Override
		public void handleFrame(StompHeaders headers, Object payload) {
			JsonNode frame = JSON.readTree(payload.toString());
			if ("queue".equals(frame.path("type").asString())) {
				this.queue.add(frame);
			}
		}

	}

}
