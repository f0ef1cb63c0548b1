package io.yordam.demo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.SmartLifecycle;

/**
 * Telegram's Bot API as a local server, for the demo and the tests: what lives outside
 * this machine, played with Telegram's real HTTP protocol ({@code /bot<token>/<method>}
 * with JSON or multipart bodies, {@code {"ok":…}} answers, {@code /file/bot<token>/…}).
 * It speaks getMe, getUpdates (long polling, with offset), setWebhook (then it posts
 * updates with the secret-token header, retrying like Telegram), deleteWebhook,
 * sendMessage (inline and reply keyboards), sendPhoto, answerCallbackQuery and getFile.
 * The user's side (writing, tapping a button, sharing a phone, sending a photo) is its
 * public methods, which the demo's Telegram page and the tests call; it can also answer
 * 429 with retry_after, as Telegram's flood control does.
 */
public class DemoTelegramServer implements SmartLifecycle {

	/** One message of a chat as the user's Telegram app shows it. */
	public record Entry(long messageId, boolean fromBot, String text, List<Button> buttons, byte[] photo,
			String askButton) {
	}

	/** An inline button: its label and its callback data. */
	public record Button(String label, String data) {
	}

	private final ObjectMapper json = JsonMapper.builder().build();

	private final int port;

	private final String token;

	/** The dates of the updates it makes, as Telegram stamps them. */
	private final java.time.Clock clock;

	private final Map<Long, List<Entry>> chats = new HashMap<>();

	private final Map<String, byte[]> files = new HashMap<>();

	private final List<JsonNode> pending = new ArrayList<>();

	private final AtomicLong updateIds = new AtomicLong(700_000_000);

	private final AtomicLong messageIds = new AtomicLong(1);

	private final AtomicInteger throttled = new AtomicInteger();

	private final java.util.Set<Long> blocked = java.util.concurrent.ConcurrentHashMap.newKeySet();

	private final AtomicInteger callbacksAnswered = new AtomicInteger();

	private final AtomicInteger webhookRefusals = new AtomicInteger();

	private final ExecutorService deliveries = Executors.newSingleThreadExecutor();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private volatile int retryAfterSeconds = 1;

	private volatile String webhookUrl;

	private volatile String webhookSecret;

	private HttpServer server;

	public DemoTelegramServer(int port, String token, java.time.Clock clock) {
		this.port = port;
		this.token = token;
		this.clock = clock;
	}

	public String url() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	// The user's side.

	public synchronized long userSends(long chatId, String name, String language, String text) {
		return update(Map.of("message", message(chatId, name, language, Map.of("text", text))));
	}

	public synchronized long userSendsPhoto(long chatId, String name, String language, byte[] image, String caption) {
		String fileId = "photo-" + this.files.size();
		this.files.put(fileId, image);
		Map<String, Object> content = new LinkedHashMap<>();
		content.put("photo",
				List.of(Map.of("file_id", fileId + "-thumb", "file_unique_id", "t", "width", 90, "height", 90,
						"file_size", 1000),
						Map.of("file_id", fileId, "file_unique_id", "u", "width", 1280, "height", 960, "file_size",
								image.length)));
		if (caption != null) {
			content.put("caption", caption);
		}
		this.files.put(fileId + "-thumb", new byte[0]);
		return update(Map.of("message", message(chatId, name, language, content)));
	}

	/**
	 * The phone shared with the keyboard's button ({@code own}), or a forwarded contact.
	 */
	public synchronized long userSharesContact(long chatId, String name, String language, String phone, boolean own) {
		return update(Map.of("message", message(chatId, name, language, Map.of("contact",
				Map.of("phone_number", phone, "first_name", name, "user_id", own ? chatId : chatId + 1)))));
	}

	/** A tap on a button of the bot's message. */
	public synchronized long userTaps(long chatId, String name, String language, long botMessageId, String data) {
		Map<String, Object> tap = new LinkedHashMap<>();
		tap.put("id", "cb-" + this.updateIds.get());
		tap.put("from", from(chatId, name, language));
		tap.put("message", Map.of("message_id", botMessageId, "date", 0, "chat", chatObject(chatId)));
		tap.put("chat_instance", "ci-" + chatId);
		tap.put("data", data);
		return update(Map.of("callback_query", tap));
	}

	public synchronized List<Entry> chat(long chatId) {
		return List.copyOf(this.chats.getOrDefault(chatId, List.of()));
	}

	/**
	 * The user of this chat blocks the bot: every send to it is refused with 403, as
	 * Telegram does.
	 */
	public void blocks(long chatId) {
		this.blocked.add(chatId);
	}

	/** The next {@code times} sends are refused with 429 and this retry_after. */
	public void throttle(int times, int retryAfterSeconds) {
		this.retryAfterSeconds = retryAfterSeconds;
		this.throttled.set(times);
	}

	public int callbacksAnswered() {
		return this.callbacksAnswered.get();
	}

	/**
	 * Webhook posts the receiver refused (not 2xx): a forged or wrong secret shows here.
	 */
	public int webhookRefusals() {
		return this.webhookRefusals.get();
	}

	public String webhookUrl() {
		return this.webhookUrl;
	}

	// The Bot API.

	private synchronized Object api(String method, JsonNode body, Multipart multipart) {
		return switch (method) {
			case "getMe" -> Map.of("id", 1, "is_bot", true, "first_name", "Support", "username", "TezkorSupportBot");
			case "getUpdates" -> {
				long offset = body.path("offset").asLong(0);
				this.pending.removeIf(update -> update.path("update_id").asLong() < offset);
				yield List.copyOf(this.pending);
			}
			case "setWebhook" -> {
				this.webhookUrl = body.path("url").asString();
				this.webhookSecret = body.path("secret_token").asString(null);
				List<JsonNode> waiting = List.copyOf(this.pending);
				this.pending.clear();
				waiting.forEach(this::deliver);
				yield true;
			}
			case "deleteWebhook" -> {
				this.webhookUrl = null;
				yield true;
			}
			case "sendMessage" ->
				sent(body.path("chat_id").asLong(), body.path("text").asString(), body.path("reply_markup"), null);
			case "sendPhoto" -> sent(Long.parseLong(multipart.field("chat_id")), multipart.field("caption"),
					(multipart.field("reply_markup") == null) ? this.json.missingNode()
							: this.json.readTree(multipart.field("reply_markup")),
					multipart.file("photo"));
			case "answerCallbackQuery" -> {
				this.callbacksAnswered.incrementAndGet();
				yield true;
			}
			case "getFile" -> {
				String id = body.path("file_id").asString();
				if (!this.files.containsKey(id)) {
					throw new Refusal(400, "Bad Request: invalid file_id", null);
				}
				yield Map.of("file_id", id, "file_unique_id", id, "file_size", this.files.get(id).length, "file_path",
						"photos/" + id + ".jpg");
			}
			default -> throw new Refusal(404, "Not Found: method not found", null);
		};
	}

	private Map<String, Object> sent(long chatId, String text, JsonNode markup, byte[] photo) {
		if (this.blocked.contains(chatId)) {
			throw new Refusal(403, "Forbidden: bot was blocked by the user", null);
		}
		if (this.throttled.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
			throw new Refusal(429, "Too Many Requests: retry after " + this.retryAfterSeconds, this.retryAfterSeconds);
		}
		if (photo == null && (text == null || text.isBlank())) {
			throw new Refusal(400, "Bad Request: message text is empty", null);
		}
		if (text != null && text.length() > ((photo == null) ? 4096 : 1024)) {
			throw new Refusal(400, "Bad Request: message is too long", null);
		}
		List<Button> buttons = new ArrayList<>();
		markup.path("inline_keyboard")
			.forEach(row -> row
				.forEach(b -> buttons.add(new Button(b.path("text").asString(), b.path("callback_data").asString()))));
		String ask = null;
		for (JsonNode row : markup.path("keyboard")) {
			for (JsonNode b : row) {
				if (b.path("request_contact").asBoolean(false)) {
					ask = b.path("text").asString();
				}
			}
		}
		long id = this.messageIds.getAndIncrement();
		this.chats.computeIfAbsent(chatId, c -> new ArrayList<>())
			.add(new Entry(id, true, text, List.copyOf(buttons), photo, ask));
		return Map.of("message_id", id, "date", 0, "chat", chatObject(chatId));
	}

	private long update(Map<String, Object> content) {
		long id = this.updateIds.incrementAndGet();
		Map<String, Object> update = new LinkedHashMap<>();
		update.put("update_id", id);
		update.putAll(content);
		JsonNode node = this.json.valueToTree(update);
		if (node.path("message").isObject()) {
			JsonNode message = node.path("message");
			this.chats.computeIfAbsent(message.path("chat").path("id").asLong(), c -> new ArrayList<>())
				.add(new Entry(message.path("message_id").asLong(), false,
						message.path("text").asString(message.path("caption").asString(null)), List.of(),
						message.path("photo").isArray() ? new byte[0] : null, null));
		}
		if (this.webhookUrl != null) {
			deliver(node);
		}
		else {
			this.pending.add(node);
			notifyAll();
		}
		return id;
	}

	/**
	 * Like Telegram: posted in order, tried again a few times while the receiver fails.
	 */
	private void deliver(JsonNode update) {
		String url = this.webhookUrl;
		String secret = this.webhookSecret;
		this.deliveries.execute(() -> {
			for (int attempt = 0; attempt < 5; attempt++) {
				try {
					HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
						.timeout(Duration.ofSeconds(10))
						.header("Content-Type", "application/json")
						.POST(HttpRequest.BodyPublishers.ofByteArray(this.json.writeValueAsBytes(update)));
					if (secret != null) {
						request.header("X-Telegram-Bot-Api-Secret-Token", secret);
					}
					int status = this.http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
					if (status / 100 == 2) {
						return;
					}
					this.webhookRefusals.incrementAndGet();
				}
				catch (IOException ex) {
					// Not there yet: again shortly.
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					return;
				}
				try {
					Thread.sleep(200L << attempt);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					return;
				}
			}
		});
	}

	private Map<String, Object> message(long chatId, String name, String language, Map<String, Object> content) {
		Map<String, Object> message = new LinkedHashMap<>();
		message.put("message_id", this.messageIds.getAndIncrement());
		message.put("from", from(chatId, name, language));
		message.put("chat", chatObject(chatId));
		message.put("date", this.clock.instant().getEpochSecond());
		message.putAll(content);
		return message;
	}

	private static Map<String, Object> from(long chatId, String name, String language) {
		return Map.of("id", chatId, "is_bot", false, "first_name", name, "language_code", language);
	}

	private static Map<String, Object> chatObject(long chatId) {
		return Map.of("id", chatId, "type", "private");
	}

	// HTTP.

	private void handle(HttpExchange exchange) throws IOException {
		String path = exchange.getRequestURI().getPath();
		byte[] body = exchange.getRequestBody().readAllBytes();
		String bot = "/bot" + this.token + "/";
		String file = "/file/bot" + this.token + "/photos/";
		if (path.startsWith(file)) {
			byte[] data;
			synchronized (this) {
				data = this.files.get(path.substring(file.length()).replaceFirst("\\.jpg$", ""));
			}
			respond(exchange, (data == null) ? 404 : 200, (data == null) ? new byte[0] : data);
			return;
		}
		if (!path.startsWith(bot)) {
			reply(exchange, new Refusal(401, "Unauthorized", null));
			return;
		}
		String method = path.substring(bot.length());
		String type = String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type"));
		try {
			Multipart multipart = type.startsWith("multipart/form-data") ? Multipart.parse(type, body) : null;
			JsonNode json = (multipart != null || body.length == 0) ? this.json.createObjectNode()
					: this.json.readTree(body);
			if ("getUpdates".equals(method) && this.webhookUrl == null) {
				waitForUpdates(json.path("offset").asLong(0), Math.min(json.path("timeout").asLong(0), 20));
			}
			else if ("getUpdates".equals(method)) {
				throw new Refusal(409, "Conflict: can't use getUpdates method while webhook is active", null);
			}
			Object result = api(method, json, multipart);
			respond(exchange, 200, this.json.writeValueAsBytes(Map.of("ok", true, "result", result)));
		}
		catch (Refusal refusal) {
			reply(exchange, refusal);
		}
	}

	private synchronized void waitForUpdates(long offset, long timeoutSeconds) {
		long until = System.nanoTime() + Duration.ofSeconds(timeoutSeconds).toNanos();
		while (this.pending.stream().noneMatch(u -> u.path("update_id").asLong() >= offset)) {
			long left = until - System.nanoTime();
			if (left <= 0) {
				return;
			}
			try {
				wait(Math.max(1, left / 1_000_000));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	private void reply(HttpExchange exchange, Refusal refusal) throws IOException {
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("ok", false);
		answer.put("error_code", refusal.code);
		answer.put("description", refusal.getMessage());
		if (refusal.retryAfter != null) {
			answer.put("parameters", Map.of("retry_after", refusal.retryAfter));
		}
		respond(exchange, refusal.code, this.json.writeValueAsBytes(answer));
	}

	private static void respond(HttpExchange exchange, int status, byte[] body) throws IOException {
		exchange.getResponseHeaders().add("Content-Type", "application/json");
		exchange.sendResponseHeaders(status, (body.length == 0) ? -1 : body.length);
		if (body.length > 0) {
			exchange.getResponseBody().write(body);
		}
		exchange.close();
	}

	@Override
	public synchronized void start() {
		try {
			this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", this.port), 50);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.server.createContext("/", exchange -> {
			try {
				handle(exchange);
			}
			catch (RuntimeException ex) {
				respond(exchange, 500, new byte[0]);
			}
		});
		this.server.setExecutor(Executors.newFixedThreadPool(8));
		this.server.start();
	}

	@Override
	public synchronized void stop() {
		if (this.server != null) {
			this.server.stop(0);
			this.server = null;
		}
		this.deliveries.shutdownNow();
		notifyAll();
	}

	@Override
	public synchronized boolean isRunning() {
		return this.server != null;
	}

	/** A Bot API error, as Telegram answers it. */
	private static final class Refusal extends RuntimeException {

		private final int code;

		private final Integer retryAfter;

		Refusal(int code, String description, Integer retryAfter) {
			super(description);
			this.code = code;
			this.retryAfter = retryAfter;
		}

	}

	/** Just enough multipart/form-data for sendPhoto: fields, and one file's bytes. */
	private record Multipart(Map<String, byte[]> parts) {

		String field(String name) {
			byte[] value = this.parts.get(name);
			return (value == null) ? null : new String(value, StandardCharsets.UTF_8);
		}

		byte[] file(String name) {
			return this.parts.get(name);
		}

		static Multipart parse(String contentType, byte[] body) {
			String boundary = "--" + contentType.replaceFirst(".*boundary=\"?([^\";]+)\"?.*", "$1");
			byte[] separator = boundary.getBytes(StandardCharsets.ISO_8859_1);
			Map<String, byte[]> parts = new HashMap<>();
			int at = indexOf(body, separator, 0);
			while (at >= 0) {
				int start = at + separator.length;
				if (start + 2 <= body.length && body[start] == '-' && body[start + 1] == '-') {
					break;
				}
				int headersEnd = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), start);
				int next = indexOf(body, separator, headersEnd);
				if (headersEnd < 0 || next < 0) {
					break;
				}
				String headers = new String(body, start, headersEnd - start, StandardCharsets.UTF_8);
				// "name", not the "filename" after it.
				String name = headers.replaceFirst("(?s).*?;\\s*name=\"([^\"]*)\".*", "$1");
				ByteArrayOutputStream value = new ByteArrayOutputStream();
				value.write(body, headersEnd + 4, Math.max(0, next - 2 - (headersEnd + 4)));
				parts.put(name, value.toByteArray());
				at = next;
			}
			return new Multipart(parts);
		}

		private static int indexOf(byte[] data, byte[] pattern, int from) {
			outer: for (int i = Math.max(0, from); i <= data.length - pattern.length; i++) {
				for (int j = 0; j < pattern.length; j++) {
					if (data[i + j] != pattern[j]) {
						continue outer;
					}
				}
				return i;
			}
			return -1;
		}

	}

}
