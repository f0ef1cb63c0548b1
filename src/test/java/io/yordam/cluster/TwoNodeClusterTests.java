package io.yordam.cluster;

import java.lang.reflect.Type;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import io.yordam.YordamApplication;
import io.yordam.access.OperatorId;
import io.yordam.access.OperatorRole;
import io.yordam.access.Operators;
import io.yordam.access.PlatformRole;
import io.yordam.access.PlatformTokens;
import io.yordam.access.PlatformUser;
import io.yordam.support.Http;
import io.yordam.support.OperatorSession;
import io.yordam.support.StompClients;
import io.yordam.support.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.simp.stomp.StompSessionHandlerAdapter;
import org.springframework.web.socket.WebSocketHttpHeaders;
import org.springframework.web.socket.messaging.WebSocketStompClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two nodes on one PostgreSQL schema, live updates through RabbitMQ's STOMP relay: a
 * customer on node A and an operator on node B see each other's messages live, and the
 * operator's session is good on either node.
 */
@Tag("cluster")
class TwoNodeClusterTests {

	static final String SCHEMA = "cluster_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

	static ConfigurableApplicationContext nodeA;

	static ConfigurableApplicationContext nodeB;

	@BeforeAll
	static void startNodes() {
		io.yordam.support.RequiredServices.postgres();
		io.yordam.support.RequiredServices.stomp();
		TestDatabase.execute("create schema " + SCHEMA);
		nodeA = node();
		nodeB = node();
	}

	@AfterAll
	static void stopNodes() {
		if (nodeA != null) {
			nodeA.close();
		}
		if (nodeB != null) {
			nodeB.close();
		}
		TestDatabase.execute("drop schema if exists " + SCHEMA + " cascade");
	}

	static ConfigurableApplicationContext node() {
		// Command-line arguments: they outrank application.yml (the nodes choose their
		// own port and database).
		return new SpringApplicationBuilder(YordamApplication.class).profiles("test")
			.run("--server.port=0", "--yordam.test.own-datasource=true",
					"--spring.datasource.url=" + TestDatabase.POSTGRES_URL + "?currentSchema=" + SCHEMA,
					"--spring.datasource.username=" + TestDatabase.POSTGRES_USER, "--spring.datasource.password=",
					"--spring.flyway.schemas=" + SCHEMA, "--yordam.realtime.relay.enabled=true",
					"--yordam.demo.enabled=false");
	}

	static int port(ConfigurableApplicationContext node) {
		return ((WebServerApplicationContext) node).getWebServer().getPort();
	}

	@Test
	void aCustomerOnOneNodeAndAnOperatorOnTheOtherTalkLive() throws Exception {
		Http a = new Http(port(nodeA));
		Http b = new Http(port(nodeB));
		Operators operators = nodeA.getBean(Operators.class);
		String username = "cluster-" + UUID.randomUUID().toString().substring(0, 8);
		OperatorId agent = operators.register(username, "Dilnoza Yusupova", "a-long-password", OperatorRole.AGENT,
				"ru");
		String apiToken = operators.issueApiToken(agent, "cluster test");
		String customer = nodeB.getBean(PlatformTokens.class)
			.issue(new PlatformUser("c-" + UUID.randomUUID(), PlatformRole.CUSTOMER, "Jasur", "uz"),
					Duration.ofHours(1));

		String conversation = a.post("/api/v1/conversations", Map.of("text", "Salom", "clientMessageId", "c-0"))
			.bearer(customer)
			.send()
			.json()
			.path("id")
			.asString();
		String topic = "/topic/conversations." + conversation;

		// The operator signs in on node B; the session lives in the database, so node A
		// knows it too.
		OperatorSession session = OperatorSession.open(b);
		session.login(username, "a-long-password");
		assertThat(a.get("/agent").header("Cookie", session.cookie()).send().status()).isEqualTo(200);

		Frames customerFrames = new Frames();
		Frames agentFrames = new Frames();
		WebSocketStompClient client = StompClients.textClient();
		try {
			StompHeaders bearer = new StompHeaders();
			bearer.add("Authorization", "Bearer " + customer);
			StompSession customerSession = client
				.connectAsync("ws://localhost:" + port(nodeA) + "/ws", new WebSocketHttpHeaders(), bearer,
						customerFrames)
				.get(15, TimeUnit.SECONDS);
			WebSocketHttpHeaders cookie = new WebSocketHttpHeaders();
			cookie.add("Cookie", session.cookie());
			StompSession agentSession = client
				.connectAsync("ws://localhost:" + port(nodeB) + "/ws", cookie, new StompHeaders(), agentFrames)
				.get(15, TimeUnit.SECONDS);
			subscribe(customerSession, topic, customerFrames);
			subscribe(agentSession, topic, agentFrames);

			// The customer writes on node A; the operator on node B sees it.
			a.post("/api/v1/conversations/" + conversation + "/messages",
					Map.of("clientMessageId", "c-1", "text", "Buyurtmam qayerda?"))
				.bearer(customer)
				.send();
			assertThat(agentFrames.next()).contains("Buyurtmam qayerda?");

			// The operator answers on node B (through the agent API); the customer on
			// node A sees it.
			String ticket = awaitTicket(b, apiToken, conversation);
			assertThat(b
				.post("/api/v1/agent/tickets/" + ticket + "/replies",
						Map.of("clientMessageId", "r-1", "text", "5 daqiqada yetib keladi"))
				.bearer(apiToken)
				.send()
				.status()).isEqualTo(200);
			String reply = customerFrames.nextContaining("5 daqiqada yetib keladi");
			assertThat(reply).contains("\"authorKind\":\"AGENT\"");
		}
		finally {
			client.stop();
		}
	}

	static String awaitTicket(Http node, String token, String conversation) {
		return org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> {
			for (var t : node.get("/api/v1/agent/tickets?size=100").bearer(token).send().json().path("items")) {
				if (t.path("conversationId").asString().equals(conversation)) {
					return t.path("id").asString();
				}
			}
			return null;
		}, java.util.Objects::nonNull);
	}

	static void subscribe(StompSession session, String topic, Frames frames) throws InterruptedException {
		// RabbitMQ confirms the subscription with a receipt: only then is the test sure
		// to get every frame.
		session.setAutoReceipt(true);
		CountDownLatch receipt = new CountDownLatch(1);
		session.subscribe(topic, frames).addReceiptTask(receipt::countDown);
		assertThat(receipt.await(15, TimeUnit.SECONDS)).as("subscription receipt for " + topic).isTrue();
	}

	static final class Frames extends StompSessionHandlerAdapter {

		final BlockingQueue<String> received = new LinkedBlockingQueue<>();

		@Override
		public Type getPayloadType(StompHeaders headers) {
			return String.class;
		}

		@Override
		public void handleFrame(StompHeaders headers, Object payload) {
			this.received.add(String.valueOf(payload));
		}

		String next() throws InterruptedException {
			String frame = this.received.poll(15, TimeUnit.SECONDS);
			assertThat(frame).as("a frame within 15 s").isNotNull();
			return frame;
		}

		String nextContaining(String text) throws InterruptedException {
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
			while (System.nanoTime() < deadline) {
				String frame = this.received.poll(1, TimeUnit.SECONDS);
				if (frame != null && frame.contains(text)) {
					return frame;
				}
			}
			throw new AssertionError("no frame containing " + text);
		}

	}

}
