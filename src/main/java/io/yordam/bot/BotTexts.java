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

	static String supported(String language) {
		return switch ((language == null) ? "" : language) {
			case "ru", "uz", "en" -> language;
			default -> "ru";
		};
	}

}
