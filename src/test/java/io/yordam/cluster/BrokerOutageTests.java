package io.yordam.cluster;

import java.lang.reflect.Type;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.yordam.support.StompClients;
import io.yordam.support.TestDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.simp.stomp.StompSessionHandlerAdapter;
import org.springframework.web.socket.WebSocketHttpHeaders;
import org.springframework.web.socket.messaging.WebSocketStompClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * RabbitMQ stops while customers write. The desk degrades: messages are still accepted
 * and stored, live delivery stops. Then it recovers: the relay reconnects, a client that
 * reconnects and catches up with {@code after=seq} holds every message, once and in
 * order.
 */
@Tag("cluster")
class BrokerOutageTests {

	@Test
	void theDeskKeepsAcceptingWithoutTheBrokerAndRecoversAfter() throws Exception {
		String schema = "broker_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		TestDatabase.execute("create schema " + schema);
		try (NodeProcess a = NodeProcess.start("broker-a", schema, FaultScenario.FAST_RECOVERY)) {
			LoadClient.Customer writer = new LoadClient.Customer("c-broker-" + UUID.randomUUID(), List.of(a.base()), 0);
			String conversation = writer.start();
			Listener listener = new Listener(a, writer.id, conversation);
			AtomicInteger acceptedDuringOutage = new AtomicInteger();
			Set<String> acknowledged = ConcurrentHashMap.newKeySet();
			try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
				Future<?> listening = pool.submit(() -> {
					listener.run(Duration.ofSeconds(90));
					return null;
				});
				await().atMost(Duration.ofSeconds(20)).until(() -> listener.live.get() > 0 || listener.connected);
				long stopAt = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
				long startAt = Long.MAX_VALUE;
				long end = Long.MAX_VALUE;
				boolean stopped = false;
				boolean started = false;
				try {
					while (System.nanoTime() < end) {
						if (!stopped && System.nanoTime() > stopAt) {
							rabbit("stop_app");
							stopped = true;
							// The outage lasts 15 s from the moment the broker is really
							// down.
							startAt = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
						}
						if (stopped && !started && System.nanoTime() > startAt) {
							rabbit("start_app");
							started = true;
							end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
						}
						String id = UUID.randomUUID().toString();
						writer.send(conversation, id, "Kuryer qayerda? " + id);
						acknowledged.add(id);
						if (stopped && !started) {
							acceptedDuringOutage.incrementAndGet();
						}
						TimeUnit.MILLISECONDS.sleep(1100);
					}
				}
				finally {
					if (!started) {
						rabbit("start_app");
					}
				}
				listener.stop();
				listening.get(60, TimeUnit.SECONDS);
			}
			assertThat(acceptedDuringOutage.get()).as("messages accepted while the broker was away").isGreaterThan(5);
			List<JsonNode> stored = LoadClient.messages(a.base(), writer.id, conversation);
			assertThat(stored).extracting(m -> m.path("clientMessageId").asString()).containsAll(acknowledged);
			assertThat(listener.seen).as("the reconnected client holds every message").hasSize(stored.size());
			assertThat(listener.live.get()).as("live delivery resumed after the outage").isGreaterThan(0);
			assertThat(listener.liveAfterReconnect.get()).as("frames received live after reconnecting")
				.isGreaterThan(0);
		}
		finally {
			TestDatabase.execute("drop schema if exists " + schema + " cascade");
		}
	}

	static void rabbit(String command) throws Exception {
		Process process = new ProcessBuilder("rabbitmqctl", command).inheritIO().start();
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		if ("start_app".equals(command)) {
			await().atMost(Duration.ofSeconds(60)).until(() -> {
				try (var socket = new java.net.Socket("127.0.0.1", 61613)) {
					return true;
				}
				catch (java.io.IOException ex) {
					return false;
				}
			});
		}
	}

	/**
	 * A chat client: connects, subscribes, catches up by sequence number, and reconnects
	 * when dropped.
	 */
	static final class Listener {

		final NodeProcess node;

		final String customerId;

		final String conversation;

		final Set<Long> seen = ConcurrentHashMap.newKeySet();

		final AtomicInteger live = new AtomicInteger();

		final AtomicInteger liveAfterReconnect = new AtomicInteger();

		volatile boolean connected;

		volatile int connections;

		volatile boolean stopped;

		void stop() {
			this.stopped = true;
		}

		Listener(NodeProcess node, String customerId, String conversation) {
			this.node = node;
			this.customerId = customerId;
			this.conversation = conversation;
		}

		void run(Duration duration) throws Exception {
			WebSocketStompClient client = StompClients.textClient();
			long end = System.nanoTime() + duration.toNanos();
			try {
				while (System.nanoTime() < end && !this.stopped) {
					StompSession session = connect(client);
					if (session != null) {
						catchUp();
						while (session.isConnected() && this.connected && System.nanoTime() < end && !this.stopped) {
							TimeUnit.MILLISECONDS.sleep(200);
						}
						if (session.isConnected()) {
							session.disconnect();
						}
					}
					TimeUnit.SECONDS.sleep(1);
				}
				catchUp();
			}
			finally {
				client.stop();
			}
		}

		private StompSession connect(WebSocketStompClient client) {
			StompHeaders headers = new StompHeaders();
			headers.add("Authorization", "Bearer " + LoadClient.token(this.customerId));
			int attempt = ++this.connections;
			StompSessionHandlerAdapter handler = new StompSessionHandlerAdapter() {
				@Override
				public Type getPayloadType(StompHeaders frameHeaders) {
					return String.class;
				}

				@Override
				public void handleFrame(StompHeaders frameHeaders, Object payload) {
					JsonNode frame = LoadClient.JSON.readTree(String.valueOf(payload));
					if ("message".equals(frame.path("type").asString())) {
						Listener.this.seen.add(frame.path("message").path("seq").asLong());
						Listener.this.live.incrementAndGet();
						if (attempt > 1) {
							Listener.this.liveAfterReconnect.incrementAndGet();
						}
					}
				}

				@Override
				public void handleException(StompSession s, StompCommand command, StompHeaders h, byte[] payload,
						Throwable exception) {
					Listener.this.connected = false;
				}

				@Override
				public void handleTransportError(StompSession s, Throwable exception) {
					Listener.this.connected = false;
				}
			};
			try {
				StompSession session = client
					.connectAsync("ws://localhost:" + this.node.port() + "/ws", new WebSocketHttpHeaders(), headers,
							handler)
					.get(5, TimeUnit.SECONDS);
				session.subscribe("/topic/conversations." + this.conversation, handler);
				this.connected = true;
				return session;
			}
			catch (Exception ex) {
				this.connected = false;
				return null;
			}
		}

		/**
		 * What a reconnecting app does: fetch everything after the last message it holds.
		 */
		private void catchUp() throws Exception {
			long after = this.seen.stream().mapToLong(Long::longValue).max().orElse(0);
			for (JsonNode message : LoadClient.messagesAfter(this.node.base(), this.customerId, this.conversation,
					after)) {
				this.seen.add(message.path("seq").asLong());
			}
		}

	}

}
