package io.yordam.conversations;

import java.lang.reflect.Type;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import io.yordam.access.PlatformRole;
import io.yordam.access.PlatformTokens;
import io.yordam.access.PlatformUser;
import io.yordam.support.StompClients;
import io.yordam.support.Http;
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

/** Live chat over a real STOMP connection: delivery to the owner, and nobody else. */
@YordamTest
class LiveChatStompTests {

	@LocalServerPort
	int port;

	@Autowired
	PlatformTokens tokens;

	@Autowired
	SimpUserRegistry users;

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
	}

	String token(String id) {
		return this.tokens.issue(new PlatformUser(id, PlatformRole.CUSTOMER, id, "ru"), Duration.ofHours(1));
	}

	StompSession connect(String token, Recorder recorder) throws Exception {
		StompHeaders connect = new StompHeaders();
		if (token != null) {
			connect.add("Authorization", "Bearer " + token);
		}
		CompletableFuture<StompSession> session = this.client.connectAsync("ws://localhost:" + this.port + "/ws",
				new WebSocketHttpHeaders(), connect, recorder);
		return session.get(10, TimeUnit.SECONDS);
	}

	String start(String token) {
		return this.http.post("/api/v1/conversations", Map.of("text", "Salom", "clientMessageId", "c-0"))
			.bearer(token)
			.send()
			.json()
			.path("id")
			.asString();
	}

	void awaitSubscribed(String destination) {
		await().atMost(Duration.ofSeconds(10))
			.until(() -> !this.users.findSubscriptions(s -> s.getDestination().equals(destination)).isEmpty());
	}

	@Test
	void theOwnerReceivesNewMessagesLive() throws Exception {
		String owner = token("c-live-" + UUID.randomUUID());
		String conversation = start(owner);
		Recorder recorder = new Recorder();
		StompSession session = connect(owner, recorder);
		String topic = "/topic/conversations." + conversation;
		session.subscribe(topic, recorder);
		awaitSubscribed(topic);

		this.http
			.post("/api/v1/conversations/" + conversation + "/messages",
					Map.of("clientMessageId", "c-1", "text", "Kuryer qayerda?"))
			.bearer(owner)
			.send();
		String frame = recorder.messages.poll(10, TimeUnit.SECONDS);
		assertThat(frame).contains("\"type\":\"message\"").contains("Kuryer qayerda?").contains("\"seq\":2");
	}

	@Test
	void nobodyElseMaySubscribe() throws Exception {
		String owner = token("c-owner-" + UUID.randomUUID());
		String conversation = start(owner);
		Recorder intruder = new Recorder();
		StompSession session = connect(token("c-intruder-" + UUID.randomUUID()), intruder);
		session.subscribe("/topic/conversations." + conversation, intruder);
		await().atMost(Duration.ofSeconds(10)).until(() -> !intruder.errors.isEmpty());

		this.http
			.post("/api/v1/conversations/" + conversation + "/messages",
					Map.of("clientMessageId", "c-1", "text", "private"))
			.bearer(owner)
			.send();
		assertThat(intruder.messages.poll(1, TimeUnit.SECONDS)).isNull();
	}

	@Test
	void aCustomerMayNotListenToTheAgentsQueue() throws Exception {
		Recorder recorder = new Recorder();
		StompSession session = connect(token("c-q-" + UUID.randomUUID()), recorder);
		session.subscribe("/topic/queue", recorder);
		await().atMost(Duration.ofSeconds(10)).until(() -> !recorder.errors.isEmpty());
	}

	@Test
	void anAnonymousConnectionIsRefused() {
		Recorder recorder = new Recorder();
		try {
			connect(null, recorder);
		}
		catch (Exception expected) {
			// refused while connecting: the future fails
		}
		await().atMost(Duration.ofSeconds(10)).until(() -> !recorder.errors.isEmpty() || recorder.closed);
		assertThat(recorder.connected).isFalse();
	}

	/** Collects what the server sends to one connection. */
	static class Recorder extends StompSessionHandlerAdapter {

		final BlockingQueue<String> messages = new LinkedBlockingQueue<>();

		final BlockingQueue<String> errors = new LinkedBlockingQueue<>();

		volatile boolean connected;

		volatile boolean closed;

		@Override
		public void afterConnected(StompSession session, StompHeaders headers) {
			this.connected = true;
		}

		@Override
		public Type getPayloadType(StompHeaders headers) {
			return String.class;
		}

		@Override
		public void handleFrame(StompHeaders headers, Object payload) {
			// The topic also carries the routing module's queue places: these tests read
			// the chat's own frames.
			if (payload != null && !payload.toString().contains("\"type\":\"queue\"")) {
				this.messages.add(payload.toString());
			}
		}

		@Override
		public void handleException(StompSession session, StompCommand command, StompHeaders headers, byte[] payload,
				Throwable exception) {
			this.errors.add("ERROR " + exception.getMessage());
		}

		@Override
		public void handleTransportError(StompSession session, Throwable exception) {
			this.errors.add("ERROR " + exception.getMessage());
			this.closed = true;
		}

	}

}
