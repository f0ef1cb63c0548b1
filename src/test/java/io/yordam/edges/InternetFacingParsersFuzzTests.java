package io.yordam.edges;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.yordam.YordamApplication;
import io.yordam.access.PlatformRole;
import io.yordam.access.PlatformTokens;
import io.yordam.access.PlatformUser;
import io.yordam.orders.PlatformEventBuilder;
import io.yordam.orders.PlatformProperties;
import io.yordam.support.Http;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.Tag;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 10, proof: the two parsers that face the internet, fuzzed over HTTP against the
 * running application (one for all tries): the platform's event intake (signed) and the
 * chat's message bodies (a conversation's start and a message). Each try is a valid body
 * mutated a few times (wrong types, huge numbers, deep nesting, odd Unicode, NUL, missing
 * and unknown fields, cut short). Every answer is 2xx or 4xx, never 5xx, and every 4xx is
 * a problem detail.
 */
@Tag("db")
class InternetFacingParsersFuzzTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	static ConfigurableApplicationContext app;

	static Http http;

	static PlatformProperties platform;

	static PlatformTokens tokens;

	@BeforeContainer
	static void start() {
		// As arguments: default properties lose to application.yml's port, and a free
		// port
		// must not depend on 8080 being free.
		app = new SpringApplicationBuilder(YordamApplication.class).profiles("test")
			.run("--server.port=0", "--yordam.bot.enabled=false");
		http = new Http(Integer.parseInt(app.getEnvironment().getProperty("local.server.port")));
		platform = app.getBean(PlatformProperties.class);
		tokens = app.getBean(PlatformTokens.class);
	}

	@AfterContainer
	static void stop() {
		if (app != null) {
			app.close();
		}
	}

	/**
	 * The one place a fuzzed platform body is signed (the signature scheme may carry more
	 * than the body: adapt here).
	 */
	static Http.Request signed(Http.Request request, byte[] body) {
		return request.header("X-Yordam-Signature", platform.signature().sign(body));
	}

	@Property
	void thePlatformEventIntakeNeverFails(@ForAll("mutations") List<Mutation> mutations) {
		String customer = "c-fuzz-" + UUID.randomUUID();
		ObjectNode valid = JSON
			.valueToTree(PlatformEventBuilder.anOrderEvent().customer(customer, "Fuzz", "ru").build());
		byte[] body = mutate(valid, mutations);
		Http.Response response = signed(http.postRaw("/api/v1/platform/events", body), body).send();
		assertAnswered(response, body);
	}

	@Property
	void theChatsMessageBodiesNeverFail(@ForAll("mutations") List<Mutation> mutations, @ForAll boolean start) {
		// A customer of their own each try: the chat's rate limits answer 429, a 4xx too,
		// but would hide the parser behind them.
		String customerId = "c-fuzz-" + UUID.randomUUID();
		String token = tokens.issue(new PlatformUser(customerId, PlatformRole.CUSTOMER, "Fuzz", "ru"),
				Duration.ofMinutes(10));
		ObjectNode valid = JSON.createObjectNode().put("text", "где мой заказ?").put("clientMessageId", "m-1");
		Http.Response response;
		byte[] body;
		if (start) {
			body = mutate(valid, mutations);
			response = http.postRaw("/api/v1/conversations", body).bearer(token).send();
		}
		else {
			Http.Response started = http
				.post("/api/v1/conversations", Map.of("text", "salom", "clientMessageId", "m-0"))
				.bearer(token)
				.send();
			assertThat(started.status()).as(started.toString()).isEqualTo(201);
			body = mutate(valid, mutations);
			response = http.postRaw("/api/v1/conversations/" + started.json().path("id").asString() + "/messages", body)
				.bearer(token)
				.send();
		}
		assertAnswered(response, body);
	}

	private static void assertAnswered(Http.Response response, byte[] body) {
		String sent = new String(body, StandardCharsets.UTF_8);
		String shown = (sent.length() > 600) ? sent.substring(0, 600) + "…" : sent;
		assertThat(response.status()).as("%s\nfor %s", response, shown).isBetween(200, 499);
		// In the report: how the tries were answered (most are refused, some taken).
		Statistics.label("answer").collect(response.status() / 100 + "xx");
		if (response.status() >= 400) {
			assertThat(response.header("Content-Type")).as("%s\nfor %s", response, shown)
				.startsWith("application/problem+json");
			JsonNode problem = response.json();
			assertThat(problem.path("status").asInt()).as(response.toString()).isEqualTo(response.status());
			assertThat(problem.path("title").asString()).as(response.toString()).isNotBlank();
		}
	}

	// --- the mutations

	enum Kind {

		/** The value replaced by one of another kind or an odd one. */
		REPLACE,
		/** The field removed. */
		REMOVE,
		/** An unknown field added. */
		ADD,
		/** The serialized body cut short. */
		TRUNCATE,
		/** A NUL, a lone surrogate or a control character inside the body's text. */
		INJECT

	}

	/** One change: what kind, where (an index into the body's nodes), with what. */
	record Mutation(Kind kind, int where, int what) {
	}

	@Provide
	Arbitrary<List<Mutation>> mutations() {
		Arbitrary<Mutation> one = Combinators
			.combine(
					Arbitraries.frequency(net.jqwik.api.Tuple.of(6, Kind.REPLACE),
							net.jqwik.api.Tuple.of(2, Kind.REMOVE), net.jqwik.api.Tuple.of(1, Kind.ADD),
							net.jqwik.api.Tuple.of(1, Kind.TRUNCATE), net.jqwik.api.Tuple.of(1, Kind.INJECT)),
					Arbitraries.integers().between(0, 10_000), Arbitraries.integers().between(0, ODD_VALUES.size() - 1))
			.as(Mutation::new);
		return one.list().ofMinSize(1).ofMaxSize(4);
	}

	/** Raw JSON that replaces a value: wrong types, extremes, odd text. */
	static final List<String> ODD_VALUES = List.of("null", "0", "-1", "3", "2.9", "-0.0", "1e400", "-1e400",
			"99999999999999999999999999999", "9223372036854775808", "-9223372036854775809", "2147483648", "true",
			"false", "\"\"", "\" \"", "\"\\u0000\"", "\"a\\u0000b\"", "\"\\ud800\"", "\"\\udfff\\ud800\"",
			"\"\\u202e\\u0645\\u0631\\u062d\\u0628\\u0627\"", "\"👍🏽\\u200d\\ufeff\"", "\"\\u0001\\u001f\\u007f\"",
			"\"2026-02-30T25:61:00Z\"", "\"not-a-date\"", "\"-999999999-01-01T00:00:00Z\"", "\"DELIVERED\"",
			"\"delivered\"", "\"order.created\"", "[]", "{}", "[null]", "[1,2,3]", "{\"a\":{\"b\":{}}}",
			"\"" + "x".repeat(20_000) + "\"", "\"" + "ж".repeat(5000) + "\"", nested(3000, "[", "]"),
			nested(3000, "{\"a\":", "}"), "[" + "{},".repeat(3000) + "{}]", "\"\\\\\\\"\\n\\t\"");

	private static String nested(int depth, String open, String close) {
		return open.repeat(depth) + "1" + close.repeat(depth);
	}

	/**
	 * The body with its mutations applied. Replacements go in as placeholders, swapped
	 * for the raw text once serialized, so that values no tree holds (lone surrogates, a
	 * nesting deeper than the parser takes) reach the server as written.
	 */
	static byte[] mutate(ObjectNode body, List<Mutation> mutations) {
		List<String> raws = new ArrayList<>();
		Integer truncate = null;
		List<Mutation> injections = new ArrayList<>();
		for (Mutation m : mutations) {
			switch (m.kind()) {
				case TRUNCATE -> truncate = m.where();
				case INJECT -> injections.add(m);
				default -> {
					List<Slot> slots = new ArrayList<>();
					slots(body, slots);
					if (slots.isEmpty()) {
						continue;
					}
					Slot slot = slots.get(m.where() % slots.size());
					String placeholder = "@@raw" + raws.size() + "@@";
					switch (m.kind()) {
						case REMOVE -> slot.remove();
						case ADD -> {
							raws.add(ODD_VALUES.get(m.what()));
							slot.parentObject().ifPresent(o -> o.put("unknown" + m.what(), placeholder));
						}
						default -> {
							raws.add(ODD_VALUES.get(m.what()));
							slot.set(JsonNodeFactory.instance.stringNode(placeholder));
						}
					}
				}
			}
		}
		String text = JSON.writeValueAsString(body);
		for (int i = 0; i < raws.size(); i++) {
			text = text.replace("\"@@raw" + i + "@@\"", raws.get(i));
		}
		for (Mutation m : injections) {
			int at = m.where() % (text.length() + 1);
			String odd = switch (m.what() % 4) {
				case 0 -> "\u0000";
				case 1 -> "\\u0000";
				case 2 -> "\\ud83d";
				default -> "\u0007";
			};
			text = text.substring(0, at) + odd + text.substring(at);
		}
		if (truncate != null) {
			text = text.substring(0, truncate % (text.length() + 1));
		}
		return text.getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * A place in the tree holding a value: a field of an object or an element of an
	 * array.
	 */
	record Slot(JsonNode parent, String field, int index) {

		void set(JsonNode value) {
			if (this.parent instanceof ObjectNode object) {
				object.set(this.field, value);
			}
			else {
				((ArrayNode) this.parent).set(this.index, value);
			}
		}

		void remove() {
			if (this.parent instanceof ObjectNode object) {
				object.remove(this.field);
			}
			else {
				((ArrayNode) this.parent).remove(this.index);
			}
		}

		java.util.Optional<ObjectNode> parentObject() {
			return (this.parent instanceof ObjectNode object) ? java.util.Optional.of(object)
					: java.util.Optional.empty();
		}

	}

	private static void slots(JsonNode node, List<Slot> into) {
		if (node instanceof ObjectNode object) {
			for (String field : object.propertyNames()) {
				into.add(new Slot(object, field, -1));
				slots(object.get(field), into);
			}
		}
		else if (node instanceof ArrayNode array) {
			for (int i = 0; i < array.size(); i++) {
				into.add(new Slot(array, null, i));
				slots(array.get(i), into);
			}
		}
	}

}
