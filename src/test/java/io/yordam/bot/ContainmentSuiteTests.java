package io.yordam.bot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.yordam.access.Operators;
import io.yordam.access.PlatformTokens;
import io.yordam.common.Money;
import io.yordam.ledger.Ledger;
import io.yordam.ledger.LedgerActor;
import io.yordam.ledger.LedgerLine;
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
 * without a person; it is correct when its end is what the script expects. Writes the
 * figures per intent and language to target/containment-report.txt; the target is 80% on
 * routine incidents.
 * <p>
 * {@code -Dbot.conversations=DIR} plays the scripts of another directory instead (people
 * outside the team, kept out of the repository) and writes
 * target/containment-outside-report.txt: a measurement, so no target applies.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Tag("containment")
class ContainmentSuiteTests {

	static final String SECRET = "containment-secret";

	static final FakePlatform PLATFORM = new FakePlatform(SECRET);

	static final Pattern ORDER = Pattern.compile(
			"(ON_THE_WAY|COOKING|ACCEPTED|CREATED|DELIVERED|UNPAID|CANCELLED)(?: ago (\\d+))?(?: late (\\d+))?( paid)?"
					+ "( refunded)?(?: number (\\S+))?(?: items (.+))?");

	static final Pattern TAP_IF = Pattern.compile("tap (\\S+) if (.+) else (\\S+)");

	static final String OUTSIDE = System.getProperty("bot.conversations", "").strip();

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

	@Autowired
	IntentClassifier classifier;

	@Test
	void theBotContainsMostRoutineConversations() throws IOException {
		boolean outside = !OUTSIDE.isEmpty();
		List<ConversationScript> scripts = new ArrayList<>();
		try (var files = Files.list(Path.of(outside ? OUTSIDE : "src/test/resources/bot/conversations"))) {
			files.filter(f -> f.toString().endsWith(".txt"))
				.sorted()
				.forEach(f -> scripts.addAll(ConversationScript.read(f)));
		}
		assertThat(scripts).hasSizeGreaterThanOrEqualTo(outside ? 1 : 45);
		Instant started = Instant.now();
		List<ContainmentReport.Outcome> outcomes = playAll(scripts, outside);
		// What the bot recorded, to hold against what the suite saw.
		BotChat reader = chat("ru");
		long recorded = reader.http()
			.get("/api/v1/agent/bot/containment?from=" + started.toString().substring(0, 10) + "&to=2099-01-01")
			.bearer(reader.agent)
			.send()
			.json()
			.path("contained")
			.asLong();
		long seen = outcomes.stream().filter(ContainmentReport.Outcome::contained).count();
		String report = ContainmentReport.of(outcomes, outside ? OUTSIDE : "src/test/resources/bot/conversations")
				+ String.format("%nthe bot's own record: %d contained (the suite saw %d end solved)%n", recorded, seen);
		Files.createDirectories(Path.of("target"));
		Files.writeString(Path.of("target", outside ? "containment-outside-report.txt" : "containment-report.txt"),
				report);
		System.out.println(report);

		List<ContainmentReport.Outcome> routine = outcomes.stream().filter(o -> o.script().routine()).toList();
		long contained = routine.stream().filter(ContainmentReport.Outcome::contained).count();
		if (outside) {
			// A measurement: no target. Outside customers come back after the bot
			// closed (a recontact, not contained by the bot's definition): the bot may
			// only count fewer than the suite saw end solved.
			assertThat(outcomes).hasSameSizeAs(scripts);
			assertThat(recorded).as(report).isLessThanOrEqualTo(seen);
		}
		else {
			assertThat((double) contained / routine.size()).as(report).isGreaterThanOrEqualTo(0.80);
			assertThat(recorded).isEqualTo(seen);
		}
	}

	/**
	 * Three customers at a time, as they would write: each script is a customer of its
	 * own, so nothing is shared but the desk, and the suite takes a third of the time it
	 * took one by one. Outcomes keep the scripts' order.
	 */
	private List<ContainmentReport.Outcome> playAll(List<ConversationScript> scripts, boolean outside) {
		java.util.concurrent.ExecutorService customers = java.util.concurrent.Executors.newFixedThreadPool(3);
		try {
			List<java.util.concurrent.Future<ContainmentReport.Outcome>> played = scripts.stream()
				.map(script -> customers.submit(() -> play(script, outside)))
				.toList();
			List<ContainmentReport.Outcome> outcomes = new ArrayList<>();
			for (java.util.concurrent.Future<ContainmentReport.Outcome> one : played) {
				try {
					outcomes.add(one.get());
				}
				catch (java.util.concurrent.ExecutionException ex) {
					if (ex.getCause() instanceof Error error) {
						throw error;
					}
					throw (ex.getCause() instanceof RuntimeException runtime) ? runtime
							: new IllegalStateException(ex.getCause());
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					throw new IllegalStateException(ex);
				}
			}
			return outcomes;
		}
		finally {
			customers.shutdownNow();
		}
	}

	private ContainmentReport.Outcome play(ConversationScript script, boolean outside) {
		BotChat chat = chat(script.locale());
		for (String order : script.orders()) {
			order(chat, order);
		}
		String stopped = "";
		try {
			for (String step : script.steps()) {
				if (step.startsWith(">")) {
					chat.say(step.substring(1).strip());
				}
				else if (step.startsWith("tap")) {
					String target = tapped(step, chat);
					if (step.startsWith("tap? ") && !chat.offers(":" + target)) {
						// Taps it only if the bot asks (a question it may rightly skip).
						continue;
					}
					if (!chat.offers(":" + target)) {
						// The bot did not offer what this customer wanted: no more script
						// to play.
						stopped = " (script stopped: no quick reply " + target + ")";
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
			return outcome(script, chat, status, stopped, ticket.path("priority").asString());
		}
		catch (org.awaitility.core.ConditionTimeoutException ex) {
			// Nobody answered: the bot is stuck, or a person has the chat and the
			// customer wrote while waiting for them.
			JsonNode ticket = chat.ticket();
			String status = ticket.path("status").asString();
			return "BOT".equals(status)
					? outcome(script, chat, "BOT (stuck)", stopped, ticket.path("priority").asString())
					: outcome(script, chat, status, stopped + " (waiting for a person)",
							ticket.path("priority").asString());
		}
		catch (AssertionError | RuntimeException ex) {
			if (!outside || chat.conversationId == null) {
				throw ex;
			}
			// Someone else's script may break the chat itself: that is a finding, not
			// the end of the run.
			return outcome(script, chat, "ERROR", " " + String.valueOf(ex.getMessage()).lines().findFirst().orElse(""),
					chat.ticket().path("priority").asString());
		}
	}

	/**
	 * What a tap step taps: {@code tap X}, {@code tap? X}, or
	 * {@code tap X if TEXT else Y} (X when the bot's question says TEXT, any case: a
	 * customer judging the answer).
	 */
	private static String tapped(String step, BotChat chat) {
		Matcher judged = TAP_IF.matcher(step);
		if (!judged.matches()) {
			return step.substring(step.indexOf(' ')).strip();
		}
		String asked = chat.messages()
			.stream()
			.filter(m -> m.path("actions").size() > 0)
			.reduce((a, b) -> b)
			.map(m -> m.path("text").asString().toLowerCase(java.util.Locale.ROOT))
			.orElse("");
		return asked.contains(judged.group(2).strip().toLowerCase(java.util.Locale.ROOT)) ? judged.group(1)
				: judged.group(3);
	}

	private ContainmentReport.Outcome outcome(ConversationScript script, BotChat chat, String status, String note,
			String priority) {
		List<Expectation.Ending.Reply> replies = new ArrayList<>();
		for (JsonNode message : chat.messages()) {
			String author = message.path("authorKind").asString();
			String text = message.path("text").asString();
			if ((author.equals("BOT") || author.equals("SYSTEM")) && !text.isBlank()) {
				replies.add(new Expectation.Ending.Reply(this.classifier.classify(text).language(), text));
			}
		}
		List<LedgerLine> postings = this.ledger.historyOf(chat.customerId, 50)
			.stream()
			.filter(l -> !"suite".equals(l.actorId()))
			.toList();
		Expectation.Ending ending = new Expectation.Ending(status, priority, replies, postings,
				chat.notesInAnyLanguage());
		List<String> unmet = new ArrayList<>();
		for (Expectation expected : script.expected()) {
			expected.unmet(ending).ifPresent(why -> unmet.add(expected + ": " + why));
		}
		String transcript = chat.transcript() + "TICKET: " + status + note + " · priority " + priority + " · tags "
				+ chat.ticket().path("tags") + "\n";
		return new ContainmentReport.Outcome(script, "SOLVED".equals(status), status + note, transcript, unmet);
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
				case "CANCELLED" -> o.at(now.minus(Duration.ofMinutes(ago))).status("CANCELLED");
				default -> o.at(now.minus(Duration.ofMinutes(5))).status(state);
			}
			if (m.group(5) != null) {
				// The platform gave the card payment back itself (a cancellation, say).
				o.payment("CARD", "REFUNDED");
			}
			if (m.group(6) != null) {
				o.number(m.group(6));
			}
			if (m.group(7) != null) {
				List<Map<String, Object>> lines = new ArrayList<>();
				for (String item : m.group(7).split(",")) {
					String[] parts = item.strip().split(":");
					int quantity = (parts.length > 3) ? Integer.parseInt(parts[3].strip()) : 1;
					lines.add(PlatformEventBuilder.line(parts[0].strip(), parts[1].strip(), quantity,
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

}
