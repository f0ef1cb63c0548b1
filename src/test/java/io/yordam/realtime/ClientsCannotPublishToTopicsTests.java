package io.yordam.realtime;

import java.lang.reflect.Type;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

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
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.simp.stomp.StompSessionHandlerAdapter;
import org.springframework.messaging.simp.user.SimpUserRegistry;
import org.springframework.web.socket.WebSocketHttpHeaders;
import org.springframework.web.socket.messaging.WebSocketStompClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 10, finding 5: only the server publishes to topics. A client's SEND to a topic is
 * answered with an ERROR (which ends its connection) and never reaches a subscriber;
 * clients send only to the {@code /app/...} destinations they are allowed.
 */
@YordamTest
class ClientsCannotPublishToTopicsTests {

	static final String FORGED = "{\"type\":\"message\",\"message\":{\"authorKind\":\"SYSTEM\",\"authorName\":\"Support\","
			+ "\"text\":\"FORGED: pay here\",\"actions\":[{\"id\":\"x\",\"label\":\"Pay\"}]}}";

	@LocalServerPort
	int port;

	@Autowired
	PlatformTokens tokens;

	@Autowired
	Operators operators;

	@Autowired
	SimpUserRegistry users;

	Http http;

	WebSocketStompClient client;

	String owner;

	String stranger;

	String conversation;

	String ticket;

	StompFrames agentFrames;

	@BeforeEach
	void setUp() throws Exception {
		this.http = new Http(this.port);
		this.client = StompClients.textClient();
		this.owner = customer("Owner");
		this.stranger = customer("Stranger");
		this.conversation = start(this.owner);
		this.ticket = ticketOf(this.conversation);
		this.agentFrames = new StompFrames();
		StompSession agent = connectAsAgent(this.agentFrames);
		subscribe(agent, "/topic/queue", this.agentFrames);
		subscribe(agent, "/topic/tickets." + this.ticket, this.agentFrames);
		subscribe(agent, topic(), this.agentFrames);
	}

	@AfterEach
	void tearDown() {
		this.client.stop();
	}

	@Test
	void aForgedSupportMessageNeverReachesTheConversation() throws Exception {
		StompFrames ownerFrames = new StompFrames();
		subscribe(connect(this.owner, ownerFrames), topic(), ownerFrames);

		refused(this.stranger, topic());
		// Not even the owner may write into their own topic.
		refused(this.owner, topic());

		// What arrives next is the server's own frame, not the forgery.
		this.http
			.post("/api/v1/conversations/" + this.conversation + "/messages",
					Map.of("clientMessageId", "real-1", "text", "Haqiqiy xabar"))
			.bearer(this.owner)
			.send();
		String first = ownerFrames.messages.poll(10, TimeUnit.SECONDS);
		assertThat(first).contains("Haqiqiy xabar").doesNotContain("FORGED");
		assertThat(this.agentFrames.received()).noneMatch(f -> f.contains("FORGED"));
	}

	@Test
	void forgedTicketAndQueueFramesNeverReachOperators() throws Exception {
		refused(this.stranger, "/topic/queue");
		refused(this.stranger, "/topic/tickets." + this.ticket);

		// A real change of the queue: somebody else opens a conversation.
		start(customer("Next"));
		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.agentFrames.received().stream().anyMatch(f -> f.contains("\"change\":\"opened\"")));
		assertThat(this.agentFrames.received()).noneMatch(f -> f.contains("FORGED"));
	}

	@Test
	void typingGoesThroughAppForTheOwnerAndNotForAStranger() throws Exception {
		refused(this.stranger, "/app/conversations." + this.conversation + ".typing");

		StompFrames ownerFrames = new StompFrames();
		connect(this.owner, ownerFrames).send("/app/conversations." + this.conversation + ".typing", "");
		String typing = await().atMost(Duration.ofSeconds(10))
			.until(() -> this.agentFrames.received().stream().filter(f -> f.contains("\"typing\"")).findFirst(),
					Optional::isPresent)
			.get();
		assertThat(typing).contains("\"side\":\"participant\"").contains("Owner").doesNotContain("Stranger");
		assertThat(ownerFrames.errors).isEmpty();
	}

	/** The SEND is answered with an ERROR, and the connection is over. */
	void refused(String token, String destination) throws Exception {
		StompFrames frames = new StompFrames();
		StompSession session = connect(token, frames);
		session.send(destination, FORGED);
		await().atMost(Duration.ofSeconds(10)).until(() -> !frames.errors.isEmpty());
		await().atMost(Duration.ofSeconds(10)).until(() -> !session.isConnected());
	}

	String topic() {
		return "/topic/conversations." + this.conversation;
	}

	String customer(String name) {
		return this.tokens.issue(new PlatformUser("c-" + UUID.randomUUID(), PlatformRole.CUSTOMER, name, "ru"),
				Duration.ofHours(1));
	}

	String start(String token) {
		Http.Response started = this.http
			.post("/api/v1/conversations", Map.of("text", "Salom", "clientMessageId", UUID.randomUUID().toString()))
			.bearer(token)
			.send();
		assertThat(started.status()).as(started.toString()).isEqualTo(201);
		return started.json().path("id").asString();
	}

	String ticketOf(String conversation) {
		String name = "agent-" + UUID.randomUUID().toString().substring(0, 8);
		String token = this.operators.issueApiToken(
				this.operators.register(name, "Op " + name, "a-long-password", OperatorRole.AGENT, "ru"), "tests");
		return await().atMost(Duration.ofSeconds(10))
			.until(() -> this.http.get("/api/v1/agent/conversations/" + conversation + "/ticket").bearer(token).send(),
					r -> r.status() == 200)
			.json()
			.path("id")
			.asString();
	}

	StompSession connect(String token, StompFrames frames) throws Exception {
		StompHeaders connect = new StompHeaders();
		connect.add("Authorization", "Bearer " + token);
		return this.client
			.connectAsync("ws://localhost:" + this.port + "/ws", new WebSocketHttpHeaders(), connect, frames)
			.get(10, TimeUnit.SECONDS);
	}

	StompSession connectAsAgent(StompFrames frames) throws Exception {
		String name = "agent-" + UUID.randomUUID().toString().substring(0, 8);
		this.operators.register(name, "Op " + name, "a-long-password", OperatorRole.AGENT, "ru");
		OperatorSession session = OperatorSession.open(this.http);
		session.login(name, "a-long-password");
		WebSocketHttpHeaders cookie = new WebSocketHttpHeaders();
		cookie.add("Cookie", session.cookie());
		return this.client.connectAsync("ws://localhost:" + this.port + "/ws", cookie, new StompHeaders(), frames)
			.get(10, TimeUnit.SECONDS);
	}

	void subscribe(StompSession session, String destination, StompFrames frames) {
		session.subscribe(destination, frames);
		await().atMost(Duration.ofSeconds(10))
			.until(() -> !this.users.findSubscriptions(s -> s.getDestination().equals(destination)).isEmpty());
	}

}
