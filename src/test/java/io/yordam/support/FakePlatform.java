package io.yordam.support;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.yordam.orders.PlatformSignature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The delivery platform's webhook as a local server speaking its protocol: checks the
 * signature (timestamp and body, within the tolerance), acts once per idempotency key
 * taken from the signed body (never from a header), records what it accepted, and can be
 * taken down (503) to test an outage.
 */
public final class FakePlatform implements AutoCloseable {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpServer server;

	private final PlatformSignature signature;

	private final Map<String, JsonNode> accepted = new ConcurrentHashMap<>();

	private final List<String> acceptedInOrder = new CopyOnWriteArrayList<>();

	private final AtomicBoolean down = new AtomicBoolean();

	private final AtomicInteger refusedWhileDown = new AtomicInteger();

	private final AtomicInteger refusedSignatures = new AtomicInteger();

	private final java.util.Set<String> refusedOrders = ConcurrentHashMap.newKeySet();

	public FakePlatform(String secret) {
		this.signature = new PlatformSignature(secret);
		try {
			this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		this.server.createContext("/webhook", this::handle);
		this.server.start();
	}

	public String url() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort() + "/webhook";
	}

	public void down(boolean down) {
		this.down.set(down);
	}

	/** The platform answers 422 to every request about this order (it will not do it). */
	public void refuseOrder(String orderId) {
		this.refusedOrders.add(orderId);
	}

	public int refusedWhileDown() {
		return this.refusedWhileDown.get();
	}

	/** Requests refused for a missing, wrong or expired signature. */
	public int refusedSignatures() {
		return this.refusedSignatures.get();
	}

	/** What the platform accepted, once per key. */
	public List<JsonNode> accepted() {
		return this.acceptedInOrder.stream().map(this.accepted::get).toList();
	}

	public List<JsonNode> acceptedFor(String orderId) {
		return accepted().stream().filter(a -> a.path("orderId").asString().equals(orderId)).toList();
	}

	private void handle(HttpExchange exchange) throws IOException {
		byte[] body;
		try (InputStream in = exchange.getRequestBody()) {
			body = in.readAllBytes();
		}
		if (this.down.get()) {
			this.refusedWhileDown.incrementAndGet();
			respond(exchange, 503, "{\"status\":\"unavailable\"}");
			return;
		}
		if (!this.signature.verify(exchange.getRequestHeaders().getFirst(PlatformSignature.HEADER), body)) {
			this.refusedSignatures.incrementAndGet();
			respond(exchange, 401, "{\"status\":\"bad signature\"}");
			return;
		}
		JsonNode request = JSON.readTree(body);
		if (this.refusedOrders.contains(request.path("orderId").asString())) {
			respond(exchange, 422, "{\"status\":\"order cannot be changed\"}");
			return;
		}
		String key = request.hasNonNull("idempotencyKey") ? request.get("idempotencyKey").asString() : null;
		if (key == null || key.isBlank()) {
			respond(exchange, 400, "{\"status\":\"idempotency key required\"}");
			return;
		}
		if (this.accepted.putIfAbsent(key, request) == null) {
			this.acceptedInOrder.add(key);
		}
		exchange.getResponseHeaders().add("X-Platform-Reference", "FAKE-" + Math.abs(key.hashCode()));
		respond(exchange, 202, "{\"status\":\"accepted\"}");
	}

	private static void respond(HttpExchange exchange, int status, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "application/json");
		exchange.sendResponseHeaders(status, bytes.length);
		exchange.getResponseBody().write(bytes);
		exchange.close();
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

}
