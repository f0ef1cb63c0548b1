package io.yordam.bench;

import java.lang.reflect.Type;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import io.yordam.support.StompClients;
import tools.jackson.databind.JsonNode;

import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.simp.stomp.StompSessionHandlerAdapter;
import org.springframework.web.socket.WebSocketHttpHeaders;
import org.springframework.web.socket.messaging.WebSocketStompClient;

/**
 * The customers' side of the storm and steady scenarios (issue 14): customers with tokens
 * of their own (signed with the platform's token secret, default the demo's), each with a
 * conversation and its STOMP subscription; sends that honour 429 + Retry-After and are
 * sent again with the same clientMessageId; and what is counted: sent, accepted, shed,
 * delivered live, the bot's answers. With {@code -Decho=true} the target is the STOMP
 * echo of bench/stomp-echo (no bot, no stored messages to read back).
 */
final class ChatTraffic {

	record Text(String language, String kind, String text) {
	}

	final String base;

	final boolean echo = Boolean.getBoolean("echo");

	final WebSocketStompClient stomp = StompClients.textClient();

	final List<Text> texts;

	final AtomicLong sent = new AtomicLong();

	final AtomicLong accepted = new AtomicLong();

	final AtomicLong shed = new AtomicLong();

	final AtomicLong acceptedAfterShed = new AtomicLong();

	final AtomicLong refused = new AtomicLong();

	final AtomicLong errors = new AtomicLong();

	final AtomicLong deliveredLive = new AtomicLong();

	final Map<Integer, AtomicLong> statuses = new ConcurrentHashMap<>();

	/**
	 * Accepted, not yet seen on the customer's own subscription: id → accepted attempt's
	 * start.
	 */
	final Map<String, Long> awaitingOwn = new ConcurrentHashMap<>();

	final List<Long> ownDelivery = Collections.synchronizedList(new ArrayList<>());

	/** From the first attempt, 429 waits included: what the customer lives through. */
	final List<Long> ownDeliveryWithRetries = Collections.synchronizedList(new ArrayList<>());

	/** Accepted or in flight: id → the first attempt's start (429 waits included). */
	final Map<String, Long> firstAttempt = new ConcurrentHashMap<>();

	final List<Long> botAnswer = Collections.synchronizedList(new ArrayList<>());

	final Map<String, Customer> byConversation = new ConcurrentHashMap<>();

	/**
	 * Accepted sends the bot never answered within 10 s (handed to a person, or silent).
	 */
	final AtomicLong botUnanswered = new AtomicLong();

	/**
	 * A send is leaving (conversation, nanoTime): the queue's watch waits for its frame
	 * from now.
	 */
	volatile java.util.function.BiConsumer<String, Long> onSending = (conversation, at) -> {
	};

	/** That send was not accepted: the watch stops waiting for it. */
	volatile java.util.function.BiConsumer<String, Long> onWithdrawn = (conversation, at) -> {
	};

	private final byte[] tokenSecret = System
		.getProperty("tokenSecret", "demo-platform-token-secret-change-me-0123456789")
		.getBytes(StandardCharsets.UTF_8);

	ChatTraffic(String base) throws Exception {
		this.base = base;
		List<Text> all = new ArrayList<>();
		for (String line : Files
			.readAllLines(Path.of(System.getProperty("texts", "src/test/resources/bench/storm-texts.tsv")))) {
			String[] cells = line.split("\t", 3);
			if (cells.length == 3 && !line.startsWith("#") && !"lang".equals(cells[0])) {
				all.add(new Text(cells[0], cells[1], cells[2]));
			}
		}
		this.texts = List.copyOf(all);
	}

	/**
	 * A customer of the given number: half write Russian, a third Uzbek, the rest
	 * English.
	 */
	Customer customer(String run, int n) {
		double r = ThreadLocalRandom.current().nextDouble();
		String language = (r < 0.5) ? "ru" : (r < 0.83) ? "uz" : "en";
		return new Customer(run + "-" + n, language);
	}

	String textIn(String language) {
		List<Text> own = this.texts.stream().filter(t -> t.language().equals(language)).toList();
		return own.get(ThreadLocalRandom.current().nextInt(own.size())).text();
	}

	/** An HS256 token as the platform signs it (docs/integration.md). */
	String token(String id, String language) throws Exception {
		Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
		long now = Instant.now().getEpochSecond();
		String header = b64.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
		String claims = b64.encodeToString(LoadHarness.JSON.writeValueAsBytes(Map.of("sub", id, "role", "customer",
				"name", "Storm " + id, "locale", language, "iat", now, "exp", now + 3 * 3600)));
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(this.tokenSecret, "HmacSHA256"));
		String signature = b64.encodeToString(mac.doFinal((header + "." + claims).getBytes(StandardCharsets.US_ASCII)));
		return header + "." + claims + "." + signature;
	}

	final class Customer {

		final String id;

		final String language;

		final List<String> acceptedIds = Collections.synchronizedList(new ArrayList<>());

		String token;

		String conversation;

		StompSession session;

		/** The accepted send the bot has not answered yet (0: none). */
		volatile long botPendingSince;

		/** Several sends of one customer may be in flight at once (open model). */
		private final java.util.concurrent.atomic.AtomicInteger sends = new java.util.concurrent.atomic.AtomicInteger();

		Customer(String id, String language) {
			this.id = id;
			this.language = language;
		}

		/** Opens the conversation (no text: the messages come after the subscription). */
		void open() throws Exception {
			this.token = token(this.id, this.language);
			JsonNode started = LoadHarness.JSON
				.readTree(attempts("/api/v1/conversations", Map.of("clientMessageId", "open-" + this.id)).body());
			this.conversation = started.path("id").asString();
			byConversation.put(this.conversation, this);
			StompHeaders connect = new StompHeaders();
			connect.add("Authorization", "Bearer " + this.token);
			this.session = ChatTraffic.this.stomp.connectAsync(ChatTraffic.this.base.replace("http", "ws") + "/ws",
					new WebSocketHttpHeaders(), connect, new StompSessionHandlerAdapter() {
					})
				.get(30, TimeUnit.SECONDS);
			this.session.subscribe("/topic/conversations." + this.conversation, new StompSessionHandlerAdapter() {
				@Override
				public Type getPayloadType(StompHeaders headers) {
					return String.class;
				}

				@Override
				public void handleFrame(StompHeaders headers, Object payload) {
					received(LoadHarness.JSON.readTree(payload.toString()));
				}
			});
		}

		private void received(JsonNode frame) {
			long now = System.nanoTime();
			if (!"message".equals(frame.path("type").asString())) {
				return;
			}
			JsonNode message = frame.path("message");
			String kind = message.path("authorKind").asString();
			if ("PARTICIPANT".equals(kind)) {
				Long t0 = ChatTraffic.this.awaitingOwn.remove(message.path("clientMessageId").asString());
				if (t0 != null) {
					ChatTraffic.this.ownDelivery.add(now - t0);
					ChatTraffic.this.deliveredLive.incrementAndGet();
				}
				Long first = ChatTraffic.this.firstAttempt.remove(message.path("clientMessageId").asString());
				if (first != null) {
					ChatTraffic.this.ownDeliveryWithRetries.add(now - first);
				}
			}
			else if ("BOT".equals(kind) || "SYSTEM".equals(kind)) {
				long pending = this.botPendingSince;
				if (pending != 0) {
					ChatTraffic.this.botAnswer.add(now - pending);
					this.botPendingSince = 0;
				}
			}
		}

		/**
		 * One message, sent until accepted: a 429 with Retry-After is waited out (with
		 * jitter, as the widget does) and sent again with the same clientMessageId.
		 * Answers whether it was accepted.
		 */
		boolean send(String text) throws Exception {
			String clientMessageId = this.id + "-" + this.sends.getAndIncrement();
			ChatTraffic.this.sent.incrementAndGet();
			ChatTraffic.this.firstAttempt.put(clientMessageId, System.nanoTime());
			boolean accepted = sendAs(clientMessageId, text, false);
			if (!accepted) {
				ChatTraffic.this.firstAttempt.remove(clientMessageId);
			}
			return accepted;
		}

		boolean sendAs(String clientMessageId, String text, boolean warmUp) throws Exception {
			for (int attempt = 0; attempt < 30; attempt++) {
				long t0 = System.nanoTime();
				ChatTraffic.this.awaitingOwn.put(clientMessageId, t0);
				// What the send causes (the bot's answer, the queue's frame) can arrive
				// before
				// its HTTP response does: wait for it from now, and withdraw if not
				// accepted.
				boolean botWaitMine = false;
				if (!warmUp) {
					long pending = this.botPendingSince;
					if (pending != 0 && t0 - pending > TimeUnit.SECONDS.toNanos(10)) {
						ChatTraffic.this.botUnanswered.incrementAndGet();
						this.botPendingSince = 0;
					}
					if (this.botPendingSince == 0) {
						this.botPendingSince = t0;
						botWaitMine = true;
					}
					ChatTraffic.this.onSending.accept(this.conversation, t0);
				}
				HttpResponse<String> response = post("/api/v1/conversations/" + this.conversation + "/messages",
						Map.of("clientMessageId", clientMessageId, "text", text), this.token);
				int status = (response != null) ? response.statusCode() : -1;
				ChatTraffic.this.statuses.computeIfAbsent(status, s -> new AtomicLong()).incrementAndGet();
				if (status == 200 || status == 201) {
					if (!warmUp) {
						ChatTraffic.this.accepted.incrementAndGet();
						this.acceptedIds.add(clientMessageId);
						if (attempt > 0) {
							ChatTraffic.this.acceptedAfterShed.incrementAndGet();
						}
					}
					return true;
				}
				ChatTraffic.this.awaitingOwn.remove(clientMessageId);
				if (!warmUp) {
					if (botWaitMine && this.botPendingSince == t0) {
						this.botPendingSince = 0;
					}
					ChatTraffic.this.onWithdrawn.accept(this.conversation, t0);
				}
				String retryAfter = (response != null) ? response.headers().firstValue("Retry-After").orElse(null)
						: null;
				if (status == 429 && retryAfter != null) {
					ChatTraffic.this.shed.incrementAndGet();
					long wait = Math.min(Long.parseLong(retryAfter.trim()) * 1000, 30_000);
					Thread.sleep(wait + ThreadLocalRandom.current().nextLong(wait / 2 + 1));
					continue;
				}
				if (status >= 400 && status < 500) {
					ChatTraffic.this.refused.incrementAndGet();
				}
				else {
					ChatTraffic.this.errors.incrementAndGet();
				}
				return false;
			}
			return false;
		}

		/** Until a message comes back on the subscription: then it demonstrably works. */
		boolean warmUp(long timeoutMillis) throws Exception {
			long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
			while (System.nanoTime() < until) {
				String id = "warm-" + this.id + "-" + this.sends.getAndIncrement();
				sendAs(id, "warm-up", true);
				long wait = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
				while (System.nanoTime() < wait && ChatTraffic.this.awaitingOwn.containsKey(id)) {
					Thread.sleep(20);
				}
				if (ChatTraffic.this.awaitingOwn.remove(id) == null) {
					return true;
				}
			}
			return false;
		}

		/** Which accepted messages the server stored, read back through the chat API. */
		int storedOfAccepted() throws Exception {
			HttpResponse<String> response = LoadHarness.HTTP.send(
					HttpRequest
						.newBuilder(URI.create(ChatTraffic.this.base + "/api/v1/conversations/" + this.conversation
								+ "/messages?after=0&limit=500"))
						.header("Authorization", "Bearer " + this.token)
						.build(),
					HttpResponse.BodyHandlers.ofString());
			java.util.Set<String> stored = new java.util.HashSet<>();
			LoadHarness.JSON.readTree(response.body()).forEach(m -> stored.add(m.path("clientMessageId").asString()));
			synchronized (this.acceptedIds) {
				return (int) this.acceptedIds.stream().filter(stored::contains).count();
			}
		}

		void close() {
			if (this.session != null && this.session.isConnected()) {
				this.session.disconnect();
			}
		}

		private HttpResponse<String> attempts(String path, Object body) throws Exception {
			for (int attempt = 0; attempt < 30; attempt++) {
				HttpResponse<String> response = post(path, body, this.token);
				if (response != null && response.statusCode() == 429
						&& response.headers().firstValue("Retry-After").isPresent()) {
					ChatTraffic.this.shed.incrementAndGet();
					long wait = Long.parseLong(response.headers().firstValue("Retry-After").get().trim()) * 1000;
					Thread.sleep(wait + ThreadLocalRandom.current().nextLong(wait / 2 + 1));
					continue;
				}
				if (response == null || response.statusCode() >= 300) {
					throw new IllegalStateException(path + " answered "
							+ ((response != null) ? response.statusCode() + " " + response.body() : "nothing"));
				}
				return response;
			}
			throw new IllegalStateException(path + " shed 30 times");
		}

	}

	/** Forgets the figures (not the customers) between the rates of a sweep. */
	void reset() {
		for (AtomicLong counter : List.of(this.sent, this.accepted, this.shed, this.acceptedAfterShed, this.refused,
				this.errors, this.deliveredLive, this.botUnanswered)) {
			counter.set(0);
		}
		this.statuses.clear();
		this.awaitingOwn.clear();
		this.firstAttempt.clear();
		this.ownDelivery.clear();
		this.ownDeliveryWithRetries.clear();
		this.botAnswer.clear();
		this.byConversation.values().forEach(c -> c.botPendingSince = 0);
	}

	/** The customers' figures, one line each. */
	void report(long cpuMillis) {
		System.out.printf(Locale.ROOT,
				"sent %d, accepted %d (%d of them after 429s), 429s %d, refused %d, errors %d, statuses %s%n",
				this.sent.get(), this.accepted.get(), this.acceptedAfterShed.get(), this.shed.get(), this.refused.get(),
				this.errors.get(), this.statuses);
		System.out.printf(Locale.ROOT, "delivered live to the customer %d of %d accepted; never delivered live %d%n",
				this.deliveredLive.get(), this.accepted.get(), this.awaitingOwn.size());
		System.out.println("customer send -> own delivery (accepted attempt): " + pct(this.ownDelivery));
		System.out.println("customer send -> own delivery (first attempt, 429 waits included): "
				+ pct(this.ownDeliveryWithRetries));
		System.out.println("send -> the bot's answer arriving: " + (this.echo ? "n/a (echo)"
				: pct(this.botAnswer) + ", unanswered within 10 s " + this.botUnanswered.get()));
		if (cpuMillis >= 0 && this.accepted.get() > 0) {
			System.out.printf(Locale.ROOT, "server CPU %d ms = %.1f ms per accepted message%n", cpuMillis,
					(double) cpuMillis / this.accepted.get());
		}
	}

	HttpResponse<String> post(String path, Object body, String token) {
		try {
			return LoadHarness.HTTP.send(HttpRequest.newBuilder(URI.create(this.base + path))
				.header("Content-Type", "application/json")
				.header("Authorization", "Bearer " + token)
				.timeout(java.time.Duration.ofSeconds(60))
				.POST(HttpRequest.BodyPublishers.ofByteArray(LoadHarness.JSON.writeValueAsBytes(body)))
				.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (Exception ex) {
			return null;
		}
	}

	/** The server's CPU time so far (user + system), from /proc, when -Dpid is given. */
	static long cpuMillis() {
		String pid = System.getProperty("pid");
		if (pid == null) {
			return -1;
		}
		try {
			String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
			String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
			// Fields 14 and 15 of stat(5), counted after the command: utime, stime, in
			// ticks.
			long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
			return ticks * 1000 / Long.getLong("clkTck", 100);
		}
		catch (Exception ex) {
			return -1;
		}
	}

	static String pct(List<Long> nanos) {
		List<Long> sorted = new ArrayList<>(nanos);
		Collections.sort(sorted);
		return String.format(Locale.ROOT, "p50 %.1f p95 %.1f p99 %.1f max %.1f ms (n=%d)", LoadHarness.pct(sorted, 50),
				LoadHarness.pct(sorted, 95), LoadHarness.pct(sorted, 99),
				sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1) / 1e6, sorted.size());
	}

	static double p99(List<Long> nanos) {
		List<Long> sorted = new ArrayList<>(nanos);
		Collections.sort(sorted);
		return LoadHarness.pct(sorted, 99);
	}

}
