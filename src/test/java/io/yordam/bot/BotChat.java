package io.yordam.bot;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import io.yordam.access.OperatorId;
import io.yordam.access.OperatorRole;
import io.yordam.access.Operators;
import io.yordam.access.PlatformRole;
import io.yordam.access.PlatformTokens;
import io.yordam.access.PlatformUser;
import io.yordam.orders.PlatformEventBuilder;
import io.yordam.orders.PlatformProperties;
import io.yordam.support.Http;
import io.yordam.support.Multipart;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A customer talking to the bot over the real chat API, and an agent looking at the
 * result over the agent API. Waits for the bot to finish answering each message (its
 * replies arrive asynchronously, a few milliseconds later).
 */
final class BotChat {

	private final Http http;

	private final PlatformProperties platform;

	final String agent;

	final String customerId;

	final String customer;

	String conversationId;

	private final AtomicInteger sent = new AtomicInteger();

	BotChat(int port, PlatformTokens tokens, Operators operators, PlatformProperties platform, String locale) {
		this.http = new Http(port);
		this.platform = platform;
		String name = "agent-" + UUID.randomUUID().toString().substring(0, 8);
		OperatorId id = operators.register(name, "Op " + name, "a-long-password", OperatorRole.SUPERVISOR, "ru");
		this.agent = operators.issueApiToken(id, "tests");
		this.customerId = "c-" + UUID.randomUUID();
		this.customer = tokens.issue(new PlatformUser(this.customerId, PlatformRole.CUSTOMER, "Dilnoza", locale),
				Duration.ofHours(1));
	}

	/** The bot on, and the platform a local fake that checks its signatures. */
	static void withTheBot(org.springframework.test.context.DynamicPropertyRegistry registry,
			io.yordam.support.FakePlatform platform, String secret) {
		registry.add("yordam.bot.enabled", () -> "true");
		registry.add("yordam.platform.secret", () -> secret);
		registry.add("yordam.platform.webhook-url", platform::url);
		registry.add("yordam.platform.retry-first", () -> "200ms");
	}

	/** A platform order of this customer; returns the builder (its id and number). */
	PlatformEventBuilder order(Consumer<PlatformEventBuilder> shape) {
		PlatformEventBuilder event = PlatformEventBuilder.anOrderEvent().customer(this.customerId, "Dilnoza", "uz");
		shape.accept(event);
		return event.sendTo(this.http, this.platform.signature());
	}

	/** The customer writes; the conversation starts with the first message. */
	BotChat say(String text) {
		if (this.conversationId == null) {
			Http.Response started = this.http
				.post("/api/v1/conversations",
						Map.of("text", text, "clientMessageId", "m-" + this.sent.incrementAndGet()))
				.bearer(this.customer)
				.send();
			assertThat(started.status()).as(started.toString()).isEqualTo(201);
			this.conversationId = started.json().path("id").asString();
		}
		else {
			post(Map.of("text", text, "clientMessageId", "m-" + this.sent.incrementAndGet()));
		}
		return settle();
	}

	/**
	 * The customer opens a conversation without a word yet (the bot has nothing to say).
	 */
	BotChat open() {
		Http.Response started = this.http
			.post("/api/v1/conversations", Map.of("clientMessageId", "m-" + this.sent.incrementAndGet()))
			.bearer(this.customer)
			.send();
		assertThat(started.status()).as(started.toString()).isEqualTo(201);
		this.conversationId = started.json().path("id").asString();
		return this;
	}

	/** The customer writes, and nobody answers automatically (a person has the chat). */
	void sayAndExpectSilence(String text) {
		int before = messages().size();
		post(Map.of("text", text, "clientMessageId", "m-" + this.sent.incrementAndGet()));
		await().during(Duration.ofSeconds(1))
			.atMost(Duration.ofSeconds(3))
			.until(() -> messages().size(), size -> size == before + 1);
	}

	/** The customer taps the quick reply whose id ends with {@code suffix}. */
	BotChat tap(String suffix) {
		post(Map.of("actionId", action(suffix), "clientMessageId", "m-" + this.sent.incrementAndGet()));
		return settle();
	}

	/** The customer taps a quick reply by its id (one seen earlier, say). */
	BotChat tapId(String actionId) {
		post(Map.of("actionId", actionId, "clientMessageId", "m-" + this.sent.incrementAndGet()));
		return settle();
	}

	BotChat photo() {
		Http.Response sent = Multipart.post(this.http, "/api/v1/conversations/" + this.conversationId + "/images",
				this.customer, "p-" + this.sent.incrementAndGet(), "damage.png", "image/png", Multipart.PNG);
		assertThat(sent.status()).as(sent.toString()).isIn(200, 201);
		return settle();
	}

	boolean offers(String suffix) {
		return lastActions().stream().anyMatch(a -> a.path("id").asString().endsWith(suffix));
	}

	String action(String suffix) {
		return lastActions().stream()
			.map(a -> a.path("id").asString())
			.filter(id -> id.endsWith(suffix))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No quick reply ending " + suffix + " in " + messages()));
	}

	List<JsonNode> lastActions() {
		List<JsonNode> actions = new ArrayList<>();
		messages().stream()
			.filter(m -> m.path("actions").size() > 0)
			.reduce((a, b) -> b)
			.ifPresent(m -> m.path("actions").forEach(actions::add));
		return actions;
	}

	private void post(Map<String, Object> body) {
		Http.Response response = this.http.post("/api/v1/conversations/" + this.conversationId + "/messages", body)
			.bearer(this.customer)
			.send();
		assertThat(response.status()).as(response.toString()).isIn(200, 201);
	}

	/**
	 * Waits until the bot (or a playbook) has answered the customer's last message and
	 * nothing more arrives for a moment.
	 */
	private BotChat settle() {
		int[] last = { -1 };
		await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(150)).until(() -> {
			List<JsonNode> messages = messages();
			boolean answered = !messages.isEmpty()
					&& !"PARTICIPANT".equals(messages.getLast().path("authorKind").asString());
			boolean stable = messages.size() == last[0];
			last[0] = messages.size();
			return answered && stable;
		});
		return this;
	}

	/**
	 * The conversation with the bot. Questions on the side and their answers (the rating
	 * a solved chat asks for: quick replies that are all asides) are not part of it.
	 */
	List<JsonNode> messages() {
		List<JsonNode> messages = new ArrayList<>();
		this.http.get("/api/v1/conversations/" + this.conversationId + "/messages")
			.bearer(this.customer)
			.send()
			.json()
			.forEach(message -> {
				if (!message.path("aside").asBoolean() && !asksOnTheSide(message)) {
					messages.add(message);
				}
			});
		return messages;
	}

	private static boolean asksOnTheSide(JsonNode message) {
		JsonNode actions = message.path("actions");
		if (actions.isEmpty()) {
			return false;
		}
		for (JsonNode action : actions) {
			if (!action.path("aside").asBoolean()) {
				return false;
			}
		}
		return true;
	}

	String lastText() {
		return messages().getLast().path("text").asString();
	}

	/** Everything the bot and the desk said, for assertion messages. */
	String transcript() {
		StringBuilder out = new StringBuilder();
		messages().forEach(m -> out.append(m.path("authorKind").asString())
			.append(": ")
			.append(m.path("text").asString())
			.append(m.path("actions").size() > 0 ? " " + m.path("actions") : "")
			.append('\n'));
		return out.toString();
	}

	JsonNode ticket() {
		return this.http.get("/api/v1/agent/conversations/" + this.conversationId + "/ticket")
			.bearer(this.agent)
			.send()
			.json();
	}

	JsonNode awaitTicketStatus(String status) {
		return await().alias(status + " expected; the chat:\n" + transcript())
			.atMost(Duration.ofSeconds(10))
			.until(this::ticket, t -> t.path("status").asString().equals(status));
	}

	/** Each note for the agent, in each language it was written in. */
	List<String> notesInAnyLanguage() {
		List<String> notes = new ArrayList<>();
		this.http.get("/api/v1/agent/tickets/" + ticket().path("id").asString() + "/notes")
			.bearer(this.agent)
			.send()
			.json()
			.forEach(n -> {
				notes.add(n.path("body").asString());
				n.path("translations").forEach(t -> notes.add(t.asString()));
			});
		return notes;
	}

	/** A note for the agent in one language (the bot's summary is written in each). */
	List<String> notesIn(String language) {
		List<String> notes = new ArrayList<>();
		this.http.get("/api/v1/agent/tickets/" + ticket().path("id").asString() + "/notes")
			.bearer(this.agent)
			.send()
			.json()
			.forEach(n -> notes.add(n.path("translations").path(language).asString()));
		return notes;
	}

	List<String> notes() {
		List<String> notes = new ArrayList<>();
		this.http.get("/api/v1/agent/tickets/" + ticket().path("id").asString() + "/notes")
			.bearer(this.agent)
			.send()
			.json()
			.forEach(n -> notes.add(n.path("body").asString()));
		return notes;
	}

	JsonNode compensations() {
		return this.http.get("/api/v1/agent/customers/" + this.customerId + "/compensations")
			.bearer(this.agent)
			.send()
			.json();
	}

	Http.Response agentReplies(String text) {
		return this.http
			.post("/api/v1/agent/tickets/" + ticket().path("id").asString() + "/replies",
					Map.of("text", text, "clientMessageId", "a-" + this.sent.incrementAndGet()))
			.bearer(this.agent)
			.send();
	}

	Http http() {
		return this.http;
	}

	static Instant minutesAgo(long minutes) {
		return Instant.now().minus(Duration.ofMinutes(minutes));
	}

}
