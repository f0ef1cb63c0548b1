package io.yordam.bot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One scripted customer conversation of the containment suite (format in docs/bot.md):
 * who the customer is, their orders, what they write and tap, and how it should end.
 * {@code locale} is the language of the customer's app (the script's language unless
 * told).
 */
record ConversationScript(String name, String language, String locale, String intent, boolean routine,
		List<String> orders, List<String> steps, List<Expectation> expectations) {

	/** What the script expects: its own expect lines, or what its kind implies. */
	List<Expectation> expected() {
		if (!this.expectations.isEmpty()) {
			return this.expectations;
		}
		return List.of(Expectation.parse(this.routine ? "contained" : "handed-off"));
	}

	static List<ConversationScript> read(Path file) {
		List<String> lines;
		try {
			lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		List<ConversationScript> scripts = new ArrayList<>();
		Builder current = null;
		for (String raw : lines) {
			String line = raw.strip();
			if (line.isEmpty() || line.startsWith("#")) {
				continue;
			}
			if (line.startsWith("== ")) {
				if (current != null) {
					scripts.add(current.build());
				}
				current = new Builder(line.substring(3).strip());
			}
			else if (current == null) {
				throw new IllegalArgumentException(file + ": a script starts with '== name': " + line);
			}
			else if (line.startsWith("lang:")) {
				current.language = value(line);
			}
			else if (line.startsWith("intent:")) {
				current.intent = value(line);
			}
			else if (line.startsWith("locale:")) {
				current.locale = value(line);
			}
			else if (line.startsWith("expect:")) {
				current.expectations.add(Expectation.parse(value(line)));
			}
			else if (line.startsWith("routine:")) {
				current.routine = value(line).equals("yes");
			}
			else if (line.startsWith("order:")) {
				current.orders.add(value(line));
			}
			else if (line.startsWith(">") || line.startsWith("tap ") || line.startsWith("tap? ")
					|| line.equals("photo")) {
				current.steps.add(line);
			}
			else {
				throw new IllegalArgumentException(file + " (" + current.name + "): cannot read " + line);
			}
		}
		if (current != null) {
			scripts.add(current.build());
		}
		return scripts;
	}

	private static String value(String line) {
		return line.substring(line.indexOf(':') + 1).strip();
	}

	private static final class Builder {

		private final String name;

		private String language;

		private String locale;

		private String intent;

		private boolean routine;

		private final List<String> orders = new ArrayList<>();

		private final List<String> steps = new ArrayList<>();

		private final List<Expectation> expectations = new ArrayList<>();

		Builder(String name) {
			this.name = name;
		}

		ConversationScript build() {
			Intent.of(this.intent);
			return new ConversationScript(this.name, this.language, (this.locale != null) ? this.locale : this.language,
					this.intent, this.routine, this.orders, this.steps, this.expectations);
		}

	}

}
