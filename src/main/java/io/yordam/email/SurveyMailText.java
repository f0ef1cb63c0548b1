package io.yordam.email;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.web.util.HtmlUtils;

import io.yordam.feedback.SurveyInvitation;

/**
 * A survey's mail in the customer's language: the ticket is solved, the question, and one
 * link per score; choosing one opens the survey page, where nothing is recorded before
 * they press Send. As plain text and as HTML with the five scores as buttons.
 */
final class SurveyMailText {

	private final MessageSource messages;

	private final ZoneId zone;

	SurveyMailText(MessageSource messages, ZoneId zone) {
		this.messages = messages;
		this.zone = zone;
	}

	String text(SurveyInvitation invitation) {
		Locale locale = locale(invitation);
		StringBuilder text = new StringBuilder(intro(invitation, locale)).append("\n\n");
		for (int score = 1; score <= 5; score++) {
			text.append(score)
				.append(" ★ — ")
				.append(word("survey.score." + score, locale))
				.append(": ")
				.append(invitation.links().get(score - 1))
				.append('\n');
		}
		return text.append('\n').append(outro(invitation, locale)).toString();
	}

	String html(SurveyInvitation invitation) {
		Locale locale = locale(invitation);
		StringBuilder html = new StringBuilder("<div style=\"font-family:sans-serif;font-size:15px;line-height:1.5\">")
			.append("<p>")
			.append(escape(intro(invitation, locale)))
			.append("</p><p>");
		for (int score = 1; score <= 5; score++) {
			html.append("<a href=\"")
				.append(escape(invitation.links().get(score - 1)))
				.append("\" style=\"display:inline-block;margin:0 6px 6px 0;padding:10px 14px;border-radius:8px;"
						+ "background:#0f766e;color:#ffffff;text-decoration:none;font-weight:bold\">")
				.append(score)
				.append(" ★ ")
				.append(escape(word("survey.score." + score, locale)))
				.append("</a>");
		}
		return html.append("</p><p style=\"color:#5b6673;font-size:13px\">")
			.append(escape(outro(invitation, locale)))
			.append("</p></div>")
			.toString();
	}

	private String intro(SurveyInvitation invitation, Locale locale) {
		return this.messages.getMessage("email.survey.solved", new Object[] { "#" + invitation.ticketNumber() }, locale)
				+ " " + word("csat.question", locale);
	}

	private String outro(SurveyInvitation invitation, Locale locale) {
		String until = DateTimeFormatter.ofPattern("dd.MM.yyyy").withZone(this.zone).format(invitation.expiresAt());
		return this.messages.getMessage("email.survey.until", new Object[] { until }, locale);
	}

	private String word(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

	private static Locale locale(SurveyInvitation invitation) {
		String language = invitation.language();
		return Locale.forLanguageTag((language != null && language.matches("ru|uz|en")) ? language : "ru");
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text);
	}

}
