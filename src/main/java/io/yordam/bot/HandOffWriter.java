package io.yordam.bot;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.yordam.incidents.IncidentTexts;

import org.springframework.stereotype.Component;

/**
 * Writes a hand-off's note in each of the desk's languages, so every agent reads it in
 * theirs (the workspace picks the agent's). The options offered are in the incident's own
 * words, as the customer saw them.
 */
@Component
class HandOffWriter {

	/** The desk's languages: an agent's locale is one of them. */
	static final List<String> LANGUAGES = List.of("ru", "uz", "en");

	/** What a ticket note holds. */
	static final int LONGEST = 4000;

	private final BotTexts texts;

	private final IncidentTexts offers;

	private final BotProperties properties;

	HandOffWriter(BotTexts texts, IncidentTexts offers, BotProperties properties) {
		this.texts = texts;
		this.offers = offers;
		this.properties = properties;
	}

	Map<String, String> write(HandOffNote note) {
		Map<String, String> written = new LinkedHashMap<>();
		for (String language : LANGUAGES) {
			String text = note.render(new BotWording(this.texts, language, this.properties.zone()),
					offer -> this.offers.label(offer, language));
			written.put(language, (text.length() > LONGEST) ? text.substring(0, LONGEST - 1) + "…" : text);
		}
		return written;
	}

}
