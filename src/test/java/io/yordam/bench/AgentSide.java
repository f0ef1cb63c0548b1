package io.yordam.bench;

import java.lang.reflect.Type;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import tools.jackson.databind.JsonNode;

import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.simp.stomp.StompSessionHandlerAdapter;
import org.springframework.web.socket.WebSocketHttpHeaders;
import org.springframework.web.socket.messaging.WebSocketStompClient;

/**
 * The operators' side of the chat scenario: signed in to the workspace, listening to
 * every conversation live (as the ticket view does), answering each customer message
 * through the agent API. Measures the customer's message reaching the operator's screen,
 * and the reply reaching the customer.
 */
final class AgentSide {

	final List<Long> customerToAgent = Collections.synchronizedList(new ArrayList<>());

	final List<Long> agentToCustomer = Collections.synchronizedList(new ArrayList<>());

	private final String base;

	private final String apiToken;

	private final StompSession session;

	private final Map<String, Long> customerSentAt = new ConcurrentHashMap<>();

	private final Map<String, Long> replySentAt = new ConcurrentHashMap<>();

	private final Map<String, String> ticketOf = new ConcurrentHashMap<>();

	private final ExecutorService replies = Executors.newFixedThreadPool(4);

	AgentSide(String base, String listen, String apiToken, WebSocketStompClient stomp) throws Exception {
		this.base = base;
		this.apiToken = apiToken;
		WebSocketHttpHeaders cookie = new WebSocketHttpHeaders();
		cookie.add("Cookie", LoadHarness.signIn(listen, System.getProperty("user", "agent"),
				System.getProperty("password", "yordam-demo")));
		this.session = stomp.connectAsync(listen.replace("http", "ws") + "/ws", cookie, new StompHeaders(),
				new StompSessionHandlerAdapter() {
				})
			.get(10, TimeUnit.SECONDS);
	}

	/**
	 * The operator opens the conversation: from now on its messages reach the operator's
	 * screen.
	 */
	void watch(String conversation) {
		this.session.subscribe("/topic/conversations." + conversation, new StompSessionHandlerAdapter() {
			@Override
			public Type getPayloadType(StompHeaders headers) {
				return String.class;
			}

			@Override
			public void handleFrame(StompHeaders headers, Object payload) {
				JsonNode message = LoadHarness.JSON.readTree(payload.toString()).path("message");
				String id = message.path("clientMessageId").asString();
				Long sent = AgentSide.this.customerSentAt.remove(id);
				if (sent != null && "PARTICIPANT".equals(message.path("authorKind").asString())) {
					AgentSide.this.customerToAgent.add(System.nanoTime() - sent);
					AgentSide.this.replies.submit(() -> reply(conversation));
				}
			}
		});
	}

	void customerSent(String clientMessageId, long at) {
		this.customerSentAt.put(clientMessageId, at);
	}

	/** Called by the customer's connection for every frame it gets. */
	void customerReceived(JsonNode message) {
		Long sent = this.replySentAt.remove(message.path("clientMessageId").asString());
		if (sent != null) {
			this.agentToCustomer.add(System.nanoTime() - sent);
		}
	}

	private void reply(String conversation) {
		try {
			String ticket = this.ticketOf.computeIfAbsent(conversation, this::findTicket);
			String id = "r-" + UUID.randomUUID();
			this.replySentAt.put(id, System.nanoTime());
			HttpResponse<String> response = LoadHarness.HTTP
				.send(HttpRequest.newBuilder(URI.create(this.base + "/api/v1/agent/tickets/" + ticket + "/replies"))
					.header("Content-Type", "application/json")
					.header("Authorization", "Bearer " + this.apiToken)
					.POST(HttpRequest.BodyPublishers.ofByteArray(LoadHarness.JSON
						.writeValueAsBytes(Map.of("clientMessageId", id, "text", "Kuryer 5 daqiqada yetib keladi"))))
					.build(), HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 200) {
				this.replySentAt.remove(id);
			}
		}
		catch (Exception ex) {
			// counted as a missing reply: nothing recorded
		}
	}

	private String findTicket(String conversation) {
		try {
			return LoadHarness.JSON.readTree(
					LoadHarness.HTTP
						.send(HttpRequest
							.newBuilder(
									URI.create(this.base + "/api/v1/agent/conversations/" + conversation + "/ticket"))
							.header("Authorization", "Bearer " + this.apiToken)
							.build(), HttpResponse.BodyHandlers.ofString())
						.body())
				.path("id")
				.asString();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	void close() {
		this.replies.shutdownNow();
		this.session.disconnect();
	}

}
