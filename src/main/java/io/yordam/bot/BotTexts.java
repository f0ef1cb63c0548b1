package io.yordam.bot;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The bot's words in the customer's language (ru, uz, en). */
@Component
class BotTexts {

	private final MessageSource messages;

	BotTexts(MessageSource messages) {
		this.messages = messages;
	}

	String get(String key, String language, Object... args) {
		return this.messages.getMessage(key, args, Locale.forLanguageTag(supported(language)));
	}

	/** Whether there are words for a key (an open set such as a hand-off's reasons). */
	boolean has(String key, String language) {
		return this.messages.getMessage(key, null, null, Locale.forLanguageTag(supported(language))) != null;
	}

	static String supported(String language) {
		return switch ((language == null) ? "" : language) {
			case "ru", "uz", "en" -> language;
			default -> "ru";
		};
	}

}
