package io.yordam.feedback;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.IntStream;

import io.yordam.conversations.QuickReply;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The questions as the customer reads them, in their language (ru, uz, en), with their
 * buttons: quick replies that answer on the side, so that a tap neither reopens the
 * ticket nor wakes the bot.
 */
@Component
class FeedbackTexts {

	private final MessageSource messages;

	FeedbackTexts(MessageSource messages) {
		this.messages = messages;
	}

	String csatQuestion(String language) {
		return text("csat.question", language);
	}

	List<QuickReply> csatButtons(UUID survey) {
		return IntStream.rangeClosed(1, 5)
			.mapToObj(score -> QuickReply.aside(FeedbackActions.CSAT + survey + ":" + score, csatLabel(score)))
			.toList();
	}

	/** A rating's button: the score and a star, the same in every language. */
	static String csatLabel(int score) {
		return score + " ★";
	}

	String npsQuestion(String language) {
		return text("nps.question", language);
	}

	List<QuickReply> npsButtons(UUID question) {
		return IntStream.rangeClosed(0, 10)
			.mapToObj(score -> QuickReply.aside(FeedbackActions.NPS + question + ":" + score, String.valueOf(score)))
			.toList();
	}

	private String text(String key, String language) {
		String tag = (language != null && language.matches("ru|uz|en")) ? language : "ru";
		return this.messages.getMessage(key, null, Locale.forLanguageTag(tag));
	}

}
