package io.yordam.macros;

import java.util.ArrayList;
import java.util.List;

import io.yordam.common.InvalidInputException;

/** A macro's title and body in each of the desk's languages; all three are required. */
public record MacroTexts(Text ru, Text uz, Text en) {

	public static final int MAX_TITLE = 120;

	public static final int MAX_BODY = 2000;

	public Text in(String language) {
		return switch (MacroLanguage.choose(language)) {
			case "uz" -> this.uz;
			case "en" -> this.en;
			default -> this.ru;
		};
	}

	/**
	 * Every broken rule, each naming its field ({@code texts.uz.body}): empty, too long,
	 * or a variable no ticket can fill.
	 */
	List<InvalidInputException.Violation> violations() {
		List<InvalidInputException.Violation> found = new ArrayList<>();
		check("ru", this.ru, found);
		check("uz", this.uz, found);
		check("en", this.en, found);
		return found;
	}

	private static void check(String language, Text text, List<InvalidInputException.Violation> found) {
		String prefix = "texts." + language + ".";
		String title = (text != null) ? strip(text.title()) : "";
		String body = (text != null) ? strip(text.body()) : "";
		if (title.isEmpty()) {
			found.add(new InvalidInputException.Violation(prefix + "title", "required", "A title is required"));
		}
		else if (title.length() > MAX_TITLE) {
			found.add(new InvalidInputException.Violation(prefix + "title", "length",
					"At most " + MAX_TITLE + " characters"));
		}
		if (body.isEmpty()) {
			found.add(new InvalidInputException.Violation(prefix + "body", "required", "A body is required"));
		}
		else if (body.length() > MAX_BODY) {
			found.add(new InvalidInputException.Violation(prefix + "body", "length",
					"At most " + MAX_BODY + " characters"));
		}
		List<String> unknown = MacroTemplate.unknownVariables(body);
		if (!unknown.isEmpty()) {
			found.add(new InvalidInputException.Violation(prefix + "body", "unknown-variable", "Unknown variable {"
					+ unknown.get(0) + "}; known: name, order, eta, restaurant, courier, amount, agent"));
		}
	}

	static String strip(String value) {
		return (value == null) ? "" : value.strip();
	}

	public record Text(String title, String body) {
	}

}
