package io.yordam.ui;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fails when a word a person reads has no translation: every message key the templates
 * and the Java code use (literally, or as a prefix and a value of a known set) exists in
 * the default file and in Russian, Uzbek and English, is not empty, has the same
 * placeholders in each, and a Russian or Uzbek value is not just the English one (a few
 * names and codes aside, listed with why). A counted phrase has each plural form its
 * language needs. A new dynamic key (a prefix joined to a value) must be declared here
 * with the values it takes: that is the point, the test cannot guess them.
 */
class TranslationCoverageTests {

	static final Path TEMPLATES = Path.of("src/main/resources/templates");

	static final Path JAVA = Path.of("src/main/java/io/yordam");

	static final Path I18N = Path.of("src/main/resources/i18n");

	static final List<String> LANGUAGES = List.of("", "_en", "_ru", "_uz");

	/**
	 * Values that are the same in English and Russian or Uzbek on purpose: names, codes
	 * and words Uzbek shares with English.
	 */
	static final Map<String, String> SAME_AS_ENGLISH = Map.ofEntries(Map.entry("nav.api", "API is a name"),
			Map.entry("nav.sla", "SLA is the term the desk uses in every language"),
			Map.entry("money.currency", "so'm is the currency's Uzbek name"),
			Map.entry("posting.BONUS_CREDIT", "Bonus is the Uzbek word too"),
			Map.entry("role.BOT", "bot is the Uzbek word too"),
			Map.entry("analytics.agent.bot", "bot is the Uzbek word too"),
			Map.entry("analytics.dim.AGENT", "agent is the Uzbek word too"),
			Map.entry("bot.person", "Operator is the Uzbek word too"),
			Map.entry("bot.refund.line", "only placeholders and punctuation"), Map.entry("board.none", "a dash"),
			Map.entry("board.unit.sec", "s is the Uzbek abbreviation of soniya too"),
			Map.entry("analytics.unit.seconds", "s is the Uzbek abbreviation of soniya too"),
			Map.entry("ticket.tag.vip", "VIP is the word in every language"),
			Map.entry("channel.TELEGRAM", "Telegram is a name"),
			Map.entry("reviews.source.APP_STORE", "App Store is a name"),
			Map.entry("reviews.source.GOOGLE_PLAY", "Google Play is a name"),
			Map.entry("reviews.source.GOOGLE_MAPS", "Google Maps is a name"),
			Map.entry("channel.CHAT", "chat is the Uzbek word too"),
			Map.entry("demoTelegram.title", "Telegram and Yordam are names"));

	static Map<String, Properties> files = new LinkedHashMap<>();

	static Map<String, String> templates = new LinkedHashMap<>();

	static Map<String, String> java = new LinkedHashMap<>();

	@BeforeAll
	static void read() throws IOException {
		for (String language : LANGUAGES) {
			Properties properties = new Properties();
			try (Reader reader = Files.newBufferedReader(I18N.resolve("messages" + language + ".properties"),
					StandardCharsets.UTF_8)) {
				properties.load(reader);
			}
			files.put(language, properties);
		}
		templates = read(TEMPLATES, ".html");
		java = read(JAVA, ".java");
	}

	private static Map<String, String> read(Path root, String suffix) throws IOException {
		Map<String, String> read = new LinkedHashMap<>();
		try (Stream<Path> paths = Files.walk(root)) {
			for (Path path : paths.filter(p -> p.toString().endsWith(suffix)).sorted().toList()) {
				read.put(root.relativize(path).toString(), Files.readString(path));
			}
		}
		return read;
	}

	@Test
	void everyKeyATemplateUsesIsTranslated() {
		Set<String> keys = new TreeSet<>();
		Set<String> counted = new TreeSet<>();
		templates.values().forEach(text -> {
			keys.addAll(all(text, "#\\{\\s*([A-Za-z][\\w.-]*)"));
			keys.addAll(all(text, "#messages\\.msg(?:OrNull)?\\('([\\w.-]+)'"));
			counted.addAll(all(text, "@plural\\.of\\('([\\w.-]+)'"));
		});
		for (String prefix : dynamicPrefixes(templates, "#\\{\\s*'([\\w.-]+\\.)'\\s*\\+",
				"@fmt\\.label\\('([\\w.-]+)'")) {
			keys.addAll(expand(prefix));
		}
		assertTranslated(keys, counted);
	}

	@Test
	void everyKeyTheCodeUsesIsTranslated() {
		Set<String> namespaces = new TreeSet<>();
		files.get("").stringPropertyNames().forEach(key -> namespaces.add(key.substring(0, key.indexOf('.') + 1)));
		Set<String> keys = new TreeSet<>();
		Set<String> counted = new TreeSet<>();
		java.values().forEach(text -> {
			// A key is the first argument of a call that reads messages: getMessage("…"),
			// text("…"), get("…") of the bot's texts, has("…").
			for (String literal : all(text,
					"\\b(?:getMessage|text|get|has)\\(\\s*\"([a-z][\\w-]*(?:\\.[\\w-]+)+)\"(?!\\s*\\+)")) {
				if (namespaces.contains(literal.substring(0, literal.indexOf('.') + 1))) {
					keys.add(literal);
				}
			}
			counted.addAll(all(text, "(?:plurals?\\.(?:of|in)\\((?:[\\w.]+,\\s*)?)\"([\\w.-]+)\""));
		});
		keys.removeAll(counted);
		for (String prefix : dynamicPrefixes(java, "\"([a-z][\\w-]*\\.[\\w.-]*\\.)\"\\s*\\+")) {
			keys.addAll(expand(prefix));
		}
		// Keys that are not message keys though they look like one (property names,
		// file names).
		keys.removeIf(key -> !namespaces.contains(key.substring(0, key.indexOf('.') + 1)));
		assertTranslated(keys, counted);
	}

	/**
	 * A refusal a person meets in the workspace (the ticket view, the incident panel,
	 * approvals) is shown by its rule's words ({@code error.<rule>}, or
	 * {@code error.<field>.<rule>} for a field's), never the English detail the API
	 * gives.
	 */
	@Test
	void everyRefusalOnTheDeskHasWords() {
		Set<String> missing = new TreeSet<>();
		java.forEach((file, text) -> {
			if (!(file.startsWith("incidents/") || file.startsWith("tickets/")) || file.contains("PlaybookSettings")
					|| file.endsWith("Controller.java") || file.endsWith("TicketSearch.java")
					|| file.endsWith("Scorecards.java")) {
				return;
			}
			for (String rule : all(text, "RuleViolationException(?:\\.conflict\\(|\\(\\d+,\\s*)\"([\\w-]+)\"")) {
				requireError(missing, "error." + rule);
			}
			Matcher invalid = Pattern.compile("InvalidInputException\\(\"([\\w.]+)\",\\s*\"([\\w-]+)\"").matcher(text);
			while (invalid.find()) {
				String specific = "error." + invalid.group(1) + "." + invalid.group(2);
				if (!present(specific)) {
					requireError(missing, "error." + invalid.group(2));
				}
			}
			all(text, "new (?:Refused|NeedsApproval)\\(\"([\\w-]+)\"\\)").forEach(r -> requireError(missing,
					(text.contains("NeedsApproval(\"" + r) ? "incident.approvalReason." : "error.") + r));
		});
		all(java.get("incidents/IncidentDesk.java"), "[A-Z_]+\\(\"([\\w-]+)\"\\)")
			.forEach(code -> requireError(missing, "error." + code));
		assertThat(missing).as("refusals without words in one of the languages").isEmpty();
	}

	@Test
	void translationsAreWholeAndTheirOwn() {
		Properties english = files.get("_en");
		List<String> problems = new ArrayList<>();
		for (String language : LANGUAGES) {
			Properties file = files.get(language);
			for (String key : file.stringPropertyNames()) {
				String value = file.getProperty(key);
				if (value.isBlank()) {
					problems.add(language + " " + key + " is empty");
				}
				String en = english.getProperty(key);
				if (en != null && !placeholders(en).equals(placeholders(value))) {
					problems.add(language + " " + key + " has placeholders " + placeholders(value) + ", English "
							+ placeholders(en));
				}
				if (("_ru".equals(language) || "_uz".equals(language)) && value.equals(en)
						&& value.chars().anyMatch(Character::isLetter) && !SAME_AS_ENGLISH.containsKey(key)) {
					problems.add(language + " " + key + " is the English text: " + value);
				}
			}
		}
		assertThat(problems).isEmpty();
	}

	private void assertTranslated(Set<String> keys, Set<String> counted) {
		List<String> missing = new ArrayList<>();
		for (String language : LANGUAGES) {
			Properties file = files.get(language);
			for (String key : keys) {
				if (file.getProperty(key) == null) {
					missing.add(name(language) + ": " + key);
				}
			}
			Locale locale = Locale.forLanguageTag(language.isEmpty() ? "en" : language.substring(1));
			for (String key : counted) {
				for (PluralCategory category : PluralCategory.usedBy(locale)) {
					if (file.getProperty(key + "." + category.suffix()) == null) {
						missing.add(name(language) + ": " + key + "." + category.suffix());
					}
				}
			}
		}
		assertThat(keys).as("keys found: the patterns still match").isNotEmpty();
		assertThat(missing).as("keys without a translation").isEmpty();
	}

	private static String name(String language) {
		return language.isEmpty() ? "messages.properties" : "messages" + language + ".properties";
	}

	private static void requireError(Set<String> missing, String key) {
		for (String language : LANGUAGES) {
			if (files.get(language).getProperty(key) == null) {
				missing.add(name(language) + ": " + key);
			}
		}
	}

	private static boolean present(String key) {
		return LANGUAGES.stream().allMatch(l -> files.get(l).getProperty(key) != null);
	}

	private static Set<String> dynamicPrefixes(Map<String, String> sources, String... patterns) {
		Set<String> prefixes = new TreeSet<>();
		sources.values().forEach(text -> {
			for (String pattern : patterns) {
				all(text, pattern).forEach(p -> prefixes.add(p.endsWith(".") ? p : p + "."));
			}
		});
		return prefixes;
	}

	/** The keys a prefix joined to a value makes: each prefix's values are declared. */
	private static Collection<String> expand(String prefix) {
		Collection<String> values = DynamicKeys.VALUES.get(prefix);
		if (values == null) {
			if (DynamicKeys.OPEN.containsKey(prefix)) {
				return List.of();
			}
			throw new AssertionError("The key prefix " + prefix
					+ " is joined to a value: declare the values it takes in DynamicKeys.VALUES");
		}
		return values.stream().map(v -> prefix + v).toList();
	}

	static List<String> all(String text, String regex) {
		List<String> found = new ArrayList<>();
		Matcher matcher = Pattern.compile(regex).matcher(text);
		while (matcher.find()) {
			found.add(matcher.group(1));
		}
		return found;
	}

	private static Set<String> placeholders(String value) {
		return new TreeSet<>(all(value, "\\{(\\d+)"));
	}

	static List<String> enumValues(String className) {
		try {
			return Arrays.stream(Class.forName(className).getEnumConstants()).map(Object::toString).toList();
		}
		catch (ClassNotFoundException ex) {
			throw new AssertionError(ex);
		}
	}

}
