package io.yordam.push;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.yordam.support.FreePorts;

/**
 * Firebase on a free local port: Google's OAuth2 token endpoint (it verifies the service
 * account's signed JWT assertion with the account's public key, and its claims) and FCM's
 * HTTP v1 send (it checks the bearer token it issued and the message's shape). Answers
 * can be scripted per device token (404 UNREGISTERED, 503 then 200).
 */
final class FakeFcm {

	static final String PROJECT = "yordam-test";

	/** The audience Google's library may name whatever the key's token_uri says. */
	static final String GOOGLE_TOKEN_URI = "https://oauth2.googleapis.com/token";

	static final String CLIENT_EMAIL = "push@yordam-test.iam.gserviceaccount.com";

	private final HttpServer server;

	private final KeyPair account;

	private final Set<String> issued = ConcurrentHashMap.newKeySet();

	private final Map<String, Deque<Integer>> scripted = new ConcurrentHashMap<>();

	/** Messages accepted by their shape and token (the JSON "message"). */
	final List<JsonNode> received = new CopyOnWriteArrayList<>();

	final List<String> rejections = new CopyOnWriteArrayList<>();

	FakeFcm() throws Exception {
		KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
		rsa.initialize(2048);
		this.account = rsa.generateKeyPair();
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", FreePorts.next()), 0);
		this.server.createContext("/token", this::token);
		this.server.createContext("/v1/projects/", this::send);
		this.server.start();
	}

	String url() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	/** The service account's JSON key, as the Firebase console hands it out. */
	Path serviceAccountFile() throws IOException {
		String pem = "-----BEGIN PRIVATE KEY-----\n"
				+ Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(this.account.getPrivate().getEncoded())
				+ "\n-----END PRIVATE KEY-----\n";
		Map<String, String> json = new LinkedHashMap<>();
		json.put("type", "service_account");
		json.put("project_id", PROJECT);
		json.put("private_key_id", "key-1");
		json.put("private_key", pem);
		json.put("client_email", CLIENT_EMAIL);
		json.put("client_id", "1234567890");
		json.put("token_uri", url() + "/token");
		Path file = Files.createTempFile("fcm-service-account", ".json");
		Files.writeString(file, JsonMapper.shared().writeValueAsString(json));
		return file;
	}

	void answer(String token, int status) {
		this.scripted.computeIfAbsent(token, k -> new ArrayDeque<>()).add(status);
	}

	List<JsonNode> to(String token) {
		return this.received.stream().filter(m -> m.path("token").asString().equals(token)).toList();
	}

	void stop() {
		this.server.stop(0);
	}

	private void token(HttpExchange exchange) throws IOException {
		String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
		Map<String, String> fields = new LinkedHashMap<>();
		for (String pair : form.split("&")) {
			String[] kv = pair.split("=", 2);
			fields.put(kv[0], URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
		}
		try {
			if (!"urn:ietf:params:oauth:grant-type:jwt-bearer".equals(fields.get("grant_type"))) {
				throw new IllegalStateException("grant_type " + fields.get("grant_type"));
			}
			String[] jwt = fields.get("assertion").split("\\.");
			Signature rs256 = Signature.getInstance("SHA256withRSA");
			rs256.initVerify(this.account.getPublic());
			rs256.update((jwt[0] + "." + jwt[1]).getBytes(StandardCharsets.US_ASCII));
			if (!rs256.verify(Base64.getUrlDecoder().decode(jwt[2]))) {
				throw new IllegalStateException("the assertion's signature does not verify");
			}
			JsonNode claims = JsonMapper.shared().readTree(Base64.getUrlDecoder().decode(jwt[1]));
			if (!claims.path("iss").asString().equals(CLIENT_EMAIL)
					|| !List.of(url() + "/token", GOOGLE_TOKEN_URI).contains(claims.path("aud").asString())
					|| !claims.path("scope").asString().contains("firebase.messaging")
					|| claims.path("exp").asLong() < Instant.now().getEpochSecond()) {
				throw new IllegalStateException("wrong claims " + claims);
			}
		}
		catch (Exception ex) {
			this.rejections.add("token: " + ex);
			System.err.println("FakeFcm refused a token request: " + ex);
			respond(exchange, 400, "{\"error\":\"invalid_grant\"}");
			return;
		}
		String access = "ya29.fake-" + UUID.randomUUID();
		this.issued.add(access);
		respond(exchange, 200, "{\"access_token\":\"" + access + "\",\"expires_in\":3600,\"token_type\":\"Bearer\"}");
	}

	private void send(HttpExchange exchange) throws IOException {
		byte[] body = exchange.getRequestBody().readAllBytes();
		String authorization = exchange.getRequestHeaders().getFirst("Authorization");
		if (!exchange.getRequestURI().getPath().equals("/v1/projects/" + PROJECT + "/messages:send")
				|| authorization == null || !this.issued.contains(authorization.replaceFirst("^Bearer ", ""))) {
			this.rejections.add("send: no valid token or wrong path " + exchange.getRequestURI());
			respond(exchange, 401, "{\"error\":{\"code\":401,\"status\":\"UNAUTHENTICATED\"}}");
			return;
		}
		JsonNode message = JsonMapper.shared().readTree(body).path("message");
		if (message.path("token").asString("").isEmpty() || message.path("notification").path("title").isMissingNode()
				|| message.path("data").path("noticeId").isMissingNode()) {
			this.rejections.add("send: bad message " + message);
			respond(exchange, 400, "{\"error\":{\"code\":400,\"status\":\"INVALID_ARGUMENT\"}}");
			return;
		}
		this.received.add(message);
		Deque<Integer> script = this.scripted.get(message.path("token").asString());
		Integer status = (script == null) ? null : script.poll();
		if (status == null) {
			respond(exchange, 200, "{\"name\":\"projects/" + PROJECT + "/messages/" + UUID.randomUUID() + "\"}");
		}
		else if (status == 404) {
			respond(exchange, 404, """
					{"error":{"code":404,"message":"Requested entity was not found.","status":"NOT_FOUND",
					"details":[{"@type":"type.googleapis.com/google.firebase.fcm.v1.FcmError",
					"errorCode":"UNREGISTERED"}]}}""");
		}
		else {
			respond(exchange, status, "{\"error\":{\"code\":" + status + ",\"status\":\"UNAVAILABLE\"}}");
		}
	}

	private static void respond(HttpExchange exchange, int status, String json) throws IOException {
		byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "application/json");
		exchange.sendResponseHeaders(status, bytes.length);
		exchange.getResponseBody().write(bytes);
		exchange.close();
	}

}
