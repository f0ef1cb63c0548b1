package io.yordam.macros;

import java.util.List;
import java.util.Locale;

/**
 * Which of a macro's three texts a reader gets: the customer's (the ticket's language)
 * for the body sent, the agent's for titles and search. Each macro has all three, so the
 * fallback only covers a language the desk does not speak: Russian, the desk's first
 * language, then nothing else is needed.
 */
final class MacroLanguage {

	static final List<String> ALL = List.of("ru", "uz", "en");

	static final String FALLBACK = "ru";

	private MacroLanguage() {
	}

	/** ru, uz or en from a tag such as {@code uz}, {@code uz-Cyrl}, {@code en_GB}. */
	static String choose(String language) {
		if (language == null || language.length() < 2) {
			return FALLBACK;
		}
		String base = language.substring(0, 2).toLowerCase(Locale.ROOT);
		return ALL.contains(base) ? base : FALLBACK;
	}

}
