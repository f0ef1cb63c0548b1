package io.yordam.bench;

import java.lang.reflect.Type;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.yordam.orders.PlatformEventBuilder;
import io.yordam.orders.PlatformSignature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.yordam.support.StompClients;

import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.simp.stomp.StompSessionHandlerAdapter;
import org.springframework.web.socket.WebSocketHttpHeaders;
import org.springframework.web.socket.messaging.WebSocketStompClient;

/**
 * A load harness against a running Yordam (see docs/performance.md). Not a test: it
 * measures and prints. Scenarios:
 * <ul>
 * <li>{@code events}: signed order events into {@code /api/v1/platform/events} from C
 * concurrent senders for D seconds; throughput and latency percentiles.</li>
 * <li>{@code chat}: customers send messages; the time from sending to the message
 * arriving on the customer's own STOMP subscription (the path an agent's reply takes
 * too).</li>
 * <li>{@code storm}, {@code steady}: issue 14's open-model chat scenarios, configured by
 * {@code -D} properties (see {@link ChatScenarios}).</li>
 * </ul>
 * With {@code -Decho=true}, {@code chat}, {@code storm} and {@code steady} target the
 * STOMP echo floor of bench/stomp-echo. Arguments:
 * {@code scenario base-url concurrency seconds}. Bounded in count and time; sends only to
 * the given base URL (use a loopback address).
 */
public final class LoadHarness {

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private LoadHarness() {
	}

	public static void main(String[] args) throws Exception {
		String scenario = (args.length > 0) ? args[0] : "events";
		String base = (args.length > 1) ? args[1] : "http://127.0.0.1:8080";
		int concurrency = (args.length > 2) ? Integer.parseInt(args[2]) : 8;
		int seconds = (args.length > 3) ? Integer.parseInt(args[3]) : 20;
		if (!URI.create(base.split(",")[0]).getHost().matches("127\\.0\\.0\\.1|localhost")) {
			throw new IllegalArgumentException("The harness only targets this machine's loopback address");
		}
		switch (scenario) {
			case "events" -> events(base, concurrency, seconds);
			case "chat" -> chat(base, concurrency, seconds);
			case "desk" -> desk(base, concurrency, seconds, Integer.getInteger("tickets", 1_000_000));
			case "bot" -> bot(base, concurrency, seconds);
			case "storm" -> ChatScenarios.storm(base);
			case "steady" -> ChatScenarios.steady(base);
			default -> throw new IllegalArgumentException("scenario: events | chat | desk | bot | storm | steady");
		}
	}

	/** Events a request in the {@code events} scenario ({@code -Dbatch}, default 1). */
	static final int BATCH = Integer.getInteger("batch", 1);

	static void events(String base, int concurrency, int seconds) throws Exception {
		// Signs each request as it is sent: the signature carries the time (5 minutes'
		// tolerance).
		PlatformSignature signature = new PlatformSignature(
				System.getProperty("secret", "demo-platform-secret-change-me"));
		List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
		AtomicInteger failures = new AtomicInteger();
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
		Instant start = Instant.now();
		// -DagentToken=<an operator's API token>: also measure the lag to the
		// customer-360.
		String agentToken = System.getProperty("agentToken");
		java.util.concurrent.Future<List<Long>> lagProbe = null;
		try (ExecutorService pool = Executors.newFixedThreadPool(concurrency + 1)) {
			if (agentToken != null) {
				lagProbe = lagProbe(base, agentToken, signature, deadline, pool);
			}
			for (int i = 0; i < concurrency; i++) {
				int sender = i;
				pool.submit(() -> {
					int n = 0;
					List<Object> pending = new ArrayList<>();
					while (System.nanoTime() < deadline) {
						// Each order gets created, then moves on: a realistic mix of
						// inserts and updates.
						String orderId = "bench-" + sender + "-" + (n++) + "-"
								+ UUID.randomUUID().toString().substring(0, 6);
						for (String status : List.of("CREATED", "COOKING", "ON_THE_WAY", "DELIVERED")) {
							Object event = PlatformEventBuilder.anOrderEvent()
								.order(orderId)
								.customer("bench-c-" + (n % 500), "Bench Customer", "ru")
								.status(status)
								.type("CREATED".equals(status) ? "order.created" : "order.status_changed")
								.at(Instant.now())
								.build();
							if (BATCH > 1) {
								// -Dbatch=N: N events a request, to the batch door.
								pending.add(event);
								if (pending.size() < BATCH) {
									continue;
								}
								event = Map.of("events", List.copyOf(pending));
								pending.clear();
							}
							byte[] body = JSON.writeValueAsBytes(event);
							long t0 = System.nanoTime();
							// A comma-separated base spreads the senders over several
							// nodes.
							String[] bases = base.split(",");
							int code = post(
									bases[sender % bases.length] + "/api/v1/platform/events"
											+ ((BATCH > 1) ? "/batch" : ""),
									body, Map.of("X-Yordam-Signature", signature.sign(body)));
							latencies.add(System.nanoTime() - t0);
							if (code != 200) {
								failures.incrementAndGet();
							}
						}
					}
					return null;
				});
			}
		}
		Duration took = Duration.between(start, Instant.now());
		report((BATCH > 1) ? "platform event batches of " + BATCH : "platform events", latencies, failures.get(), took);
		if (BATCH > 1) {
			System.out.printf(java.util.Locale.ROOT, "platform events in batches: %d events = %.1f/s%n",
					(long) latencies.size() * BATCH, latencies.size() * BATCH / (took.toMillis() / 1000.0));
		}
		if (lagProbe != null) {
			report("event -> customer-360 lag", lagProbe.get(), 0, Duration.between(start, Instant.now()));
		}
	}

	/**
	 * While the senders run, every 100 ms a new customer's order is sent and the agent
	 * API is polled (every 5 ms) until the customer-360 counts it: the asynchronous lag
	 * an operator sees.
	 */
	static java.util.concurrent.Future<List<Long>> lagProbe(String base, String agentToken, PlatformSignature signature,
			long deadline, ExecutorService pool) {
		return pool.submit(() -> {
			List<Long> lags = new ArrayList<>();
			int n = 0;
			while (System.nanoTime() < deadline) {
				String customer = "lag-" + UUID.randomUUID().toString().substring(0, 8) + "-" + (n++);
				byte[] body = JSON.writeValueAsBytes(PlatformEventBuilder.anOrderEvent()
					.order("lag-" + UUID.randomUUID().toString().substring(0, 12))
					.customer(customer, "Lag Probe", "ru")
					.at(Instant.now())
					.build());
				if (post(base.split(",")[0] + "/api/v1/platform/events", body,
						Map.of("X-Yordam-Signature", signature.sign(body))) != 200) {
					continue;
				}
				long accepted = System.nanoTime();
				HttpRequest read = HttpRequest
					.newBuilder(URI.create(base.split(",")[0] + "/api/v1/agent/customers/" + customer))
					.header("Authorization", "Bearer " + agentToken)
					.build();
				try {
					org.awaitility.Awaitility.await()
						.pollDelay(Duration.ZERO)
						.pollInterval(Duration.ofMillis(5))
						.atMost(Duration.ofSeconds(30))
						.until(() -> {
							HttpResponse<String> response = HTTP.send(read, HttpResponse.BodyHandlers.ofString());
							return response.statusCode() == 200
									&& JSON.readTree(response.body()).path("profile").path("ordersCount").asInt() > 0;
						});
					lags.add(System.nanoTime() - accepted);
				}
				catch (org.awaitility.core.ConditionTimeoutException ex) {
					// Never visible within 30 s: counted as missing, not as a lag.
				}
				// The probe's own pace (one order per 100 ms), not a wait for anything.
				Thread.sleep(100);
			}
			return lags;
		});
	}

	static void chat(String base, int customers, int seconds) throws Exception {
		WebSocketStompClient stomp = StompClients.textClient();
		List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
		AtomicInteger failures = new AtomicInteger();
		Map<String, Long> sentAt = new ConcurrentHashMap<>();
		AtomicInteger warmedUp = new AtomicInteger();
		AtomicInteger refused = new AtomicInteger();
		// -DagentToken=<an operator's API token>: operators answer every message (see
		// AgentSide).
		String agentToken = System.getProperty("agentToken");
		AgentSide agents = (agentToken != null)
				? new AgentSide(base, System.getProperty("listen", base), agentToken, stomp) : null;
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
		Instant start = Instant.now();
		try (ExecutorService pool = Executors.newFixedThreadPool(customers)) {
			CountDownLatch done = new CountDownLatch(customers);
			for (int i = 0; i < customers; i++) {
				int index = i;
				pool.submit(() -> {
					try {
						String token = token(base, "c-" + String.format("%04d", 1 + index));
						String conversation = JSON
							.readTree(
									postJson(base + "/api/v1/conversations",
											Map.of("text", "Benchmark", "clientMessageId",
													UUID.randomUUID().toString()),
											token))
							.path("id")
							.asString();
						StompHeaders connect = new StompHeaders();
						connect.add("Authorization", "Bearer " + token);
						// -Dlisten=<base of another node>: receive on another node than
						// the one written to.
						String listen = System.getProperty("listen", base);
						StompSession session = stomp.connectAsync(listen.replace("http", "ws") + "/ws",
								new WebSocketHttpHeaders(), connect, new StompSessionHandlerAdapter() {
								})
							.get(10, TimeUnit.SECONDS);
						session.subscribe("/topic/conversations." + conversation, new StompSessionHandlerAdapter() {
							@Override
							public Type getPayloadType(StompHeaders headers) {
								return String.class;
							}

							@Override
							public void handleFrame(StompHeaders headers, Object payload) {
								JsonNode frame = JSON.readTree(payload.toString());
								String id = frame.path("message").path("clientMessageId").asString();
								if (agents != null) {
									agents.customerReceived(frame.path("message"));
								}
								Long t0 = sentAt.remove(id);
								if (t0 != null && !id.startsWith("warm-")) {
									latencies.add(System.nanoTime() - t0);
								}
							}
						});
						// Timing starts once the subscription demonstrably works: a
						// message came back.
						// (Frames published before the broker registered the subscription
						// are not
						// delivered; a real client catches up with ?after=seq.)
						long warmDeadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
						boolean warm = false;
						while (!warm && System.nanoTime() < warmDeadline) {
							String warmUp = "warm-" + UUID.randomUUID();
							sentAt.put(warmUp, System.nanoTime());
							postJson(base + "/api/v1/conversations/" + conversation + "/messages",
									Map.of("clientMessageId", warmUp, "text", "warm-up"), token);
							TimeUnit.MILLISECONDS.sleep(1200);
							warm = sentAt.remove(warmUp) == null;
						}
						if (warm) {
							warmedUp.incrementAndGet();
						}
						if (agents != null) {
							agents.watch(conversation);
						}
						while (System.nanoTime() < deadline) {
							String id = "c" + index + "-" + UUID.randomUUID();
							sentAt.put(id, System.nanoTime());
							if (agents != null) {
								agents.customerSent(id, System.nanoTime());
							}
							try {
								postJson(base + "/api/v1/conversations/" + conversation + "/messages",
										Map.of("clientMessageId", id, "text", "Where is my order?"), token);
							}
							catch (RuntimeException ex) {
								// Refused (e.g. the flood limit): not sent, so not waited
								// for either.
								sentAt.remove(id);
								refused.incrementAndGet();
							}
							// Stay under the flood limit (10 messages per 10 s per
							// customer).
							TimeUnit.MILLISECONDS.sleep(1100);
						}
						session.disconnect();
					}
					catch (Exception ex) {
						failures.incrementAndGet();
						System.err.println("customer " + index + ": " + ex);
					}
					finally {
						done.countDown();
					}
					return null;
				});
			}
			done.await(seconds + 60L, TimeUnit.SECONDS);
		}
		// Messages sent just before the deadline are still on their way: give them 5 s
		// before counting
		// what never arrived as lost.
		long grace = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
		while (!sentAt.isEmpty() && System.nanoTime() < grace) {
			TimeUnit.MILLISECONDS.sleep(100);
		}
		if (agents != null) {
			report("customer message → operator's screen", agents.customerToAgent, 0,
					Duration.between(start, Instant.now()));
			report("operator's reply → customer's screen", agents.agentToCustomer, 0,
					Duration.between(start, Instant.now()));
			agents.close();
		}
		stomp.stop();
		report("chat message → live delivery", latencies, failures.get() + sentAt.size(),
				Duration.between(start, Instant.now()));
		System.out.println("customers with a message never delivered live: "
				+ sentAt.keySet().stream().map(k -> k.substring(0, k.indexOf('-'))).distinct().count());
		System.out.println("customers whose subscription answered: " + warmedUp.get() + " of " + customers
				+ "; messages refused by the server: " + refused.get() + "; failures = sent but never delivered live");
	}

	/**
	 * Customers of the demo world open conversations with messages of the bot's held-out
	 * test set; measured: from sending the first message to the bot's (or its playbook's)
	 * first answer, read by polling the chat API every 10 ms.
	 */
	static void bot(String base, int customers, int seconds) throws Exception {
		List<String> texts = new ArrayList<>();
		for (String language : List.of("ru", "uz", "en")) {
			List<String> lines = java.nio.file.Files
				.readAllLines(java.nio.file.Path.of("src/test/resources/bot/testset/" + language + ".tsv"));
			lines.subList(1, lines.size()).forEach(line -> texts.add(line.split("\t", 3)[2]));
		}
		List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
		AtomicInteger failures = new AtomicInteger();
		AtomicInteger next = new AtomicInteger();
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
		Instant start = Instant.now();
		try (ExecutorService pool = Executors.newFixedThreadPool(customers)) {
			for (int i = 0; i < customers; i++) {
				pool.submit(() -> {
					while (System.nanoTime() < deadline) {
						int n = next.getAndIncrement();
						try {
							// Each conversation from another of the 300 demo customers:
							// under the flood limit, and with their own orders.
							String token = token(base, "c-" + String.format("%04d", 1 + n % 300));
							long t0 = System.nanoTime();
							String conversation = JSON
								.readTree(postJson(base + "/api/v1/conversations", Map.of("text",
										texts.get(n % texts.size()), "clientMessageId", UUID.randomUUID().toString()),
										token))
								.path("id")
								.asString();
							long answerBy = t0 + TimeUnit.SECONDS.toNanos(10);
							boolean answered = false;
							while (!answered && System.nanoTime() < answerBy) {
								JsonNode messages = JSON.readTree(getJson(
										base + "/api/v1/conversations/" + conversation + "/messages?after=1", token));
								for (JsonNode m : messages) {
									String kind = m.path("authorKind").asString();
									answered |= "BOT".equals(kind) || "SYSTEM".equals(kind);
								}
								if (!answered) {
									TimeUnit.MILLISECONDS.sleep(10);
								}
							}
							if (answered) {
								latencies.add(System.nanoTime() - t0);
							}
							else {
								failures.incrementAndGet();
							}
						}
						catch (Exception ex) {
							failures.incrementAndGet();
						}
					}
					return null;
				});
			}
		}
		report("customer's first message → the bot's answer", latencies, failures.get(),
				Duration.between(start, Instant.now()));
	}

	static String getJson(String url, String token) throws Exception {
		HttpResponse<String> response = HTTP.send(
				HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() >= 300) {
			throw new IllegalStateException(url + " answered " + response.statusCode());
		}
		return response.body();
	}

	/**
	 * Operators reading the desk: the queue page, a ticket page (conversation,
	 * properties, customer-360) and the agent API's queue, against tickets made by
	 * bench/generate-desk.sql.
	 */
	static void desk(String bases, int operators, int seconds, int tickets) throws Exception {
		// Sessions are in the database: one sign-in serves every node.
		String[] nodes = bases.split(",");
		String cookie = signIn(nodes[0], System.getProperty("user", "agent"),
				System.getProperty("password", "yordam-demo"));
		Map<String, List<Long>> latencies = new ConcurrentHashMap<>();
		AtomicInteger failures = new AtomicInteger();
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
		Instant start = Instant.now();
		try (ExecutorService pool = Executors.newFixedThreadPool(operators)) {
			for (int i = 0; i < operators; i++) {
				// A comma-separated base spreads the operators over several nodes.
				String base = nodes[i % nodes.length];
				pool.submit(() -> {
					java.util.Random random = new java.util.Random();
					while (System.nanoTime() < deadline) {
						String ticket = generatedTicketId(1 + random.nextInt(tickets));
						timeGet(base + "/agent", cookie, "queue page", latencies, failures);
						timeGet(base + "/agent/tickets/" + ticket, cookie, "ticket page", latencies, failures);
						timeGet(base + "/agent/queue/rows?view=solved&page=" + random.nextInt(100), cookie,
								"queue rows (solved, deep page)", latencies, failures);
						// The generator's words: an order number (one ticket), a dish
						// (one in
						// twenty), a phrase in another script or with a typo (many).
						String[] queries = { "E24-" + (1 + random.nextInt(tickets)), "шашлык", "chuchvara",
								"kuryer opazdyvaet", "ovqat sovib", "missing drink", "заказ" };
						String q = queries[random.nextInt(queries.length)];
						timeGet(base + "/agent/search?q="
								+ java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8), cookie,
								"search", latencies, failures);
					}
					return null;
				});
			}
		}
		Duration elapsed = Duration.between(start, Instant.now());
		latencies.forEach((what, list) -> report(what, list, 0, elapsed));
		System.out.println("failures: " + failures.get());
	}

	static void timeGet(String url, String cookie, String what, Map<String, List<Long>> latencies,
			AtomicInteger failures) {
		long t0 = System.nanoTime();
		try {
			HttpResponse<Void> response = HTTP.send(
					HttpRequest.newBuilder(URI.create(url)).header("Cookie", cookie).GET().build(),
					HttpResponse.BodyHandlers.discarding());
			if (response.statusCode() != 200) {
				failed(what, response.statusCode() + " " + url, failures);
			}
		}
		catch (Exception ex) {
			failed(what, ex.toString(), failures);
		}
		latencies.computeIfAbsent(what, k -> Collections.synchronizedList(new ArrayList<>()))
			.add(System.nanoTime() - t0);
	}

	private static final java.util.Set<String> FAILED_KINDS = ConcurrentHashMap.newKeySet();

	/** Counts a failure, and says the first of each kind what it was. */
	static void failed(String what, String how, AtomicInteger failures) {
		failures.incrementAndGet();
		if (FAILED_KINDS.add(what)) {
			System.out.println("first failure of " + what + ": " + how);
		}
	}

	/** The ids bench/generate-desk.sql gives its tickets: md5('t' || i) as a UUID. */
	static String generatedTicketId(int i) {
		try {
			String hex = java.util.HexFormat.of()
				.formatHex(java.security.MessageDigest.getInstance("MD5")
					.digest(("t" + i).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
			return hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12, 16) + "-"
					+ hex.substring(16, 20) + "-" + hex.substring(20);
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String signIn(String base, String username, String password) throws Exception {
		HttpResponse<String> form = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/login")).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		String cookie = form.headers().allValues("Set-Cookie").get(0).split(";")[0];
		java.util.regex.Matcher csrf = java.util.regex.Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"")
			.matcher(form.body());
		if (!csrf.find()) {
			throw new IllegalStateException("no CSRF token on the sign-in form");
		}
		String body = "username=" + username + "&password=" + password + "&_csrf="
				+ java.net.URLEncoder.encode(csrf.group(1), java.nio.charset.StandardCharsets.UTF_8);
		HttpResponse<String> login = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Cookie", cookie)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
		return login.headers()
			.allValues("Set-Cookie")
			.stream()
			.map(c -> c.split(";")[0])
			.filter(c -> c.startsWith("SESSION="))
			.findFirst()
			.orElse(cookie);
	}

	static String token(String base, String userId) throws Exception {
		if (Boolean.getBoolean("echo")) {
			return "echo"; // the echo floor checks no identity
		}
		return JSON.readTree(postJson(base + "/demo/api/tokens", Map.of("userId", userId), null))
			.path("token")
			.asString();
	}

	static String postJson(String url, Object body, String token) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() >= 300) {
			throw new IllegalStateException(url + " answered " + response.statusCode() + " " + response.body());
		}
		return response.body();
	}

	static int post(String url, byte[] body, Map<String, String> headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofByteArray(body));
		headers.forEach(request::header);
		try {
			return HTTP.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
		}
		catch (Exception ex) {
			return -1;
		}
	}

	static void report(String what, List<Long> nanos, int failures, Duration elapsed) {
		List<Long> sorted = new ArrayList<>(nanos);
		Collections.sort(sorted);
		double seconds = elapsed.toMillis() / 1000.0;
		System.out.printf(java.util.Locale.ROOT,
				"%s: %d requests in %.1f s = %.1f/s, failures %d, latency ms p50 %.1f p95 %.1f p99 %.1f max %.1f%n",
				what, sorted.size(), seconds, sorted.size() / seconds, failures, pct(sorted, 50), pct(sorted, 95),
				pct(sorted, 99), sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1) / 1e6);
	}

	static double pct(List<Long> sorted, int p) {
		if (sorted.isEmpty()) {
			return 0;
		}
		int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
		return sorted.get(Math.max(index, 0)) / 1e6;
	}

}
