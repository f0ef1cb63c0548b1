package io.yordam.bench;

import java.lang.reflect.Type;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import tools.jackson.databind.JsonNode;

import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.simp.stomp.StompSessionHandlerAdapter;
import org.springframework.web.socket.WebSocketHttpHeaders;

/**
 * Operators' workspaces open during the storm: N STOMP sessions of a signed-in operator
 * (the demo's {@code agent}, as the workspace's queue page subscribes), each on
 * {@code /topic/queue}. Measured per operator: a customer's accepted message → the first
 * queue frame about its ticket on that operator's screen. Frames name tickets, not
 * conversations: with {@code -DagentToken} each new ticket is looked up once through the
 * agent API; without one, frames are only counted.
 */
final class QueueWatch {

	final List<Long> latency = Collections.synchronizedList(new ArrayList<>());

	final Map<String, List<Long>> byChange = new ConcurrentHashMap<>();

	final AtomicLong frames = new AtomicLong();

	private final String base;

	private final String agentToken;

	private final List<StompSession> sessions = new ArrayList<>();

	/** Per operator: conversation → its oldest accepted message not yet shown. */
	private final List<Map<String, Long>> pending = new ArrayList<>();

	private final Map<String, CompletableFuture<String>> conversationOf = new ConcurrentHashMap<>();

	private final ExecutorService lookups = Executors.newFixedThreadPool(2);

	QueueWatch(ChatTraffic traffic, int operators, String agentToken) throws Exception {
		this.base = traffic.base;
		this.agentToken = agentToken;
		WebSocketHttpHeaders cookie = new WebSocketHttpHeaders();
		cookie.add("Cookie", LoadHarness.signIn(this.base, System.getProperty("user", "agent"),
				System.getProperty("password", "yordam-demo")));
		for (int k = 0; k < operators; k++) {
			Map<String, Long> mine = new ConcurrentHashMap<>();
			this.pending.add(mine);
			StompSession session = traffic.stomp.connectAsync(this.base.replace("http", "ws") + "/ws", cookie,
					new StompHeaders(), new StompSessionHandlerAdapter() {
					})
				.get(30, TimeUnit.SECONDS);
			session.subscribe("/topic/queue", new StompSessionHandlerAdapter() {
				@Override
				public Type getPayloadType(StompHeaders headers) {
					return String.class;
				}

				@Override
				public void handleFrame(StompHeaders headers, Object payload) {
					frame(mine, System.nanoTime(), LoadHarness.JSON.readTree(payload.toString()));
				}
			});
			this.sessions.add(session);
		}
	}

	/**
	 * A customer's message is leaving: every operator waits for its frame from now (the
	 * frame can come before the send's own HTTP response).
	 */
	void sending(String conversation, long at) {
		this.pending.forEach(p -> p.putIfAbsent(conversation, at));
	}

	/** That message was shed or refused: nobody waits for a frame about it. */
	void withdrawn(String conversation, long at) {
		this.pending.forEach(p -> p.remove(conversation, at));
	}

	private void frame(Map<String, Long> mine, long arrived, JsonNode frame) {
		this.frames.incrementAndGet();
		String ticket = frame.path("ticketId").asString();
		if (this.agentToken == null || ticket.isEmpty()) {
			return;
		}
		String change = frame.path("change").asString();
		this.conversationOf.computeIfAbsent(ticket, t -> CompletableFuture.supplyAsync(() -> lookup(t), this.lookups))
			.thenAccept(conversation -> {
				Long sent = (conversation != null) ? mine.remove(conversation) : null;
				if (sent != null && arrived > sent) {
					this.latency.add(arrived - sent);
					this.byChange.computeIfAbsent(change, c -> Collections.synchronizedList(new ArrayList<>()))
						.add(arrived - sent);
				}
			});
	}

	private String lookup(String ticket) {
		try {
			HttpResponse<String> response = LoadHarness.HTTP
				.send(HttpRequest.newBuilder(URI.create(this.base + "/api/v1/agent/tickets/" + ticket))
					.header("Authorization", "Bearer " + this.agentToken)
					.build(), HttpResponse.BodyHandlers.ofString());
			return (response.statusCode() == 200)
					? LoadHarness.JSON.readTree(response.body()).path("conversationId").asString() : null;
		}
		catch (Exception ex) {
			return null;
		}
	}

	void report() {
		System.out.println("queue live update to operators (" + this.sessions.size() + " sessions, " + this.frames.get()
				+ " frames): "
				+ ((this.agentToken == null) ? "not measured (give -DagentToken)" : ChatTraffic.pct(this.latency)));
		this.byChange
			.forEach((change, list) -> System.out.println("  of which '" + change + "': " + ChatTraffic.pct(list)));
	}

	void close() {
		this.lookups.shutdownNow();
		this.sessions.forEach(s -> {
			if (s.isConnected()) {
				s.disconnect();
			}
		});
	}

}
