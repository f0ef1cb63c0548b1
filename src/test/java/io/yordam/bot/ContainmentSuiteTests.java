package io.yordam.bot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.yordam.access.Operators;
import io.yordam.access.PlatformTokens;
import io.yordam.common.Money;
import io.yordam.ledger.Ledger;
import io.yordam.ledger.LedgerActor;
import io.yordam.ledger.Posting;
import io.yordam.ledger.PostingKind;
import io.yordam.orders.PlatformEventBuilder;
import io.yordam.orders.PlatformProperties;
import io.yordam.support.FakePlatform;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The containment suite: scripted multi-turn customer conversations in Russian, Uzbek and
 * English (src/test/resources/bot/conversations), each played against the running
 * application through the chat API. A conversation is contained when the bot closed it
 * without a person. Writes the figures per intent and language to
 * target/containment-report.txt; the target is 80% on routine incidents.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Tag("containment")
class ContainmentSuiteTests {

	static final String SECRET = "containment-secret";

	static final FakePlatform PLATFORM = new FakePlatform(SECRET);

	static final Pattern ORDER = Pattern.compile(
			"(ON_THE_WAY|COOKING|ACCEPTED|CREATED|DELIVERED|UNPAID)(?: ago (\\d+))?(?: late (\\d+))?( paid)?(?: items (.+))?");

	@DynamicPropertySource
	static void bot(DynamicPropertyRegistry registry) {
		BotChat.withTheBot(registry, PLATFORM, SECRET);
	}

	@LocalServerPort
	int port;

	@Autowired
	PlatformTokens tokens;

	@Autowired
	Operators operators;

	@Autowired
	PlatformProperties platform;

	@Autowired
	Ledger ledger;

	record Outcome(ConversationScript script, boolean contained, String status, String transcript) {
	}

	@Test
	void theBotContainsMostRoutineConversations() throws IOException {
		List<ConversationScript> scripts = new ArrayList<>();
		try (var files = Files.list(Path.of("src/test/resources/bot/conversations"))) {
			files.filter(f -> f.toString().endsWith(".txt"))
				.sorted()
				.forEach(f -> scripts.addAll(ConversationScript.read(f)));
		}
		assertThat(scripts).hasSizeGreaterThanOrEqualTo(45);
		Instant started = Instant.now();
		List<Outcome> outcomes = new ArrayList<>();
		for (ConversationScript script : scripts) {
			outcomes.add(play(script));
		}
		String report = report(outcomes);
		Files.createDirectories(Path.of("target"));
		Files.writeString(Path.of("target", "containment-report.txt"), report);
		System.out.println(report);

		List<Outcome> routine = outcomes.stream().filter(o -> o.script().routine()).toList();
		long contained = routine.stream().filter(Outcome::contained).count();
		assertThat((double) contained / routine.size()).as(report).isGreaterThanOrEqualTo(0.80);

		// What the bot recorded agrees with what the suite saw.
		BotChat reader = chat("ru");
		JsonNode recorded = reader.http()
			.get("/api/v1/agent/bot/containment?from=" + started.toString().substring(0, 10) + "&to=2099-01-01")
			.bearer(reader.agent)
			.send()
			.json();
		assertThat(recorded.path("contained").asLong()).isEqualTo(outcomes.stream().filter(Outcome::contained).count());
	}

	private Outcome play(ConversationScript script) {
		BotChat chat = chat(script.language());
		for (String order : script.orders()) {
			order(chat, order);
		}
		try {
			for (String step : script.steps()) {
				if (step.startsWith(">")) {
					chat.say(step.substring(1).strip());
				}
				else if (step.startsWith("tap ")) {
					String target = step.substring(4).strip();
					if (!chat.offers(":" + target)) {
						// The bot did not offer what this customer wanted: no more script
						// to play.
						break;
					}
					chat.tap(":" + target);
				}
				else {
					chat.photo();
				}
			}
			JsonNode ticket = await().atMost(Duration.ofSeconds(10))
				.pollInterval(Duration.ofMillis(200))
				.until(chat::ticket, t -> !"BOT".equals(t.path("status").asString()));
			String status = ticket.path("status").asString();
			return new Outcome(script, "SOLVED".equals(status), status, chat.transcript());
		}
		catch (org.awaitility.core.ConditionTimeoutException ex) {
			return new Outcome(script, false, "BOT (stuck)", chat.transcript());
		}
	}

	private BotChat chat(String language) {
		return new BotChat(this.port, this.tokens, this.operators, this.platform, language);
	}

	/**
	 * An order line of a script: its state, age, lateness, items, a compensation paid.
	 */
	private void order(BotChat chat, String spec) {
		Matcher m = ORDER.matcher(spec);
		assertThat(m.matches()).as("order: " + spec).isTrue();
		String state = m.group(1);
		long ago = (m.group(2) != null) ? Long.parseLong(m.group(2)) : 0;
		long late = (m.group(3) != null) ? Long.parseLong(m.group(3)) : 0;
		Instant now = Instant.now();
		PlatformEventBuilder event = chat.order(o -> {
			switch (state) {
				case "ON_THE_WAY" -> o.at(now.minus(Duration.ofMinutes(45 + late)).plusSeconds((late == 0) ? 1800 : 0))
					.status("ON_THE_WAY")
					.courier("k-" + UUID.randomUUID().toString().substring(0, 4), "Jasur", "+998901112233");
				case "DELIVERED" -> {
					Instant delivered = now.minus(Duration.ofMinutes(ago));
					Instant promised = (late > 0) ? delivered.minus(Duration.ofMinutes(late))
							: delivered.plus(Duration.ofMinutes(10));
					o.at(promised.minus(Duration.ofMinutes(45))).status("DELIVERED").deliveredAt(delivered);
				}
				case "UNPAID" -> o.at(now.minus(Duration.ofMinutes(5))).status("COOKING").payment("CARD", "FAILED");
				default -> o.at(now.minus(Duration.ofMinutes(5))).status(state);
			}
			if (m.group(5) != null) {
				List<Map<String, Object>> lines = new ArrayList<>();
				for (String item : m.group(5).split(",")) {
					String[] parts = item.strip().split(":");
					lines.add(PlatformEventBuilder.line(parts[0].strip(), parts[1].strip(), 1,
							Long.parseLong(parts[2].strip().replaceAll("\\D", ""))));
				}
				o.items(lines);
			}
		});
		if (m.group(4) != null) {
			this.ledger.post(new Posting("suite:" + event.orderId(), PostingKind.BONUS_CREDIT, chat.customerId,
					Money.som(20_000), new Posting.Reference(null, event.orderId(), null, "COMPENSATION"),
					new LedgerActor(LedgerActor.Kind.AGENT, "suite", "Suite operator", null), "late delivery"));
		}
	}

	private static String report(List<Outcome> outcomes) {
		StringBuilder out = new StringBuilder("Containment suite: ").append(outcomes.size())
			.append(" scripted conversations\n\n");
		Map<String, int[]> byKey = new TreeMap<>();
		for (Outcome o : outcomes) {
			String key = (o.script().routine() ? "routine" : "needs a person") + "\t" + o.script().intent() + "\t"
					+ o.script().language();
			int[] row = byKey.computeIfAbsent(key, k -> new int[2]);
			row[1]++;
			row[0] += o.contained() ? 1 : 0;
		}
		out.append(String.format("%-15s %-18s %-4s %s%n", "kind", "intent", "lang", "contained"));
		byKey.forEach((key, row) -> {
			String[] parts = key.split("\t");
			out.append(String.format("%-15s %-18s %-4s %d/%d%n", parts[0], parts[1], parts[2], row[0], row[1]));
		});
		for (String language : List.of("en", "ru", "uz")) {
			List<Outcome> routine = outcomes.stream()
				.filter(o -> o.script().routine() && o.script().language().equals(language))
				.toList();
			out.append(String.format("%nroutine, %s: %d/%d contained", language,
					routine.stream().filter(Outcome::contained).count(), routine.size()));
		}
		List<Outcome> routine = outcomes.stream().filter(o -> o.script().routine()).toList();
		long contained = routine.stream().filter(Outcome::contained).count();
		out.append(String.format("%nroutine, all: %d/%d = %.1f%%%n", contained, routine.size(),
				100.0 * contained / routine.size()));
		List<Outcome> others = outcomes.stream().filter(o -> !o.script().routine()).toList();
		out.append(String.format("needing a person, handed off: %d/%d%n",
				others.stream().filter(o -> !o.contained()).count(), others.size()));
		out.append("\nNot as expected:\n");
		outcomes.stream()
			.filter(o -> o.contained() != o.script().routine())
			.forEach(o -> out.append("--- ")
				.append(o.script().name())
				.append(" → ")
				.append(o.status())
				.append('\n')
				.append(o.transcript()));
		return out.toString();
	}

}
