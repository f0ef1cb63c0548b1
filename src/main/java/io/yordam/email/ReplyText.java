package io.yordam.email;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.web.util.HtmlUtils;

/**
 * A reply's subject and body in the customer's language: the ticket number in the subject
 * ({@code [#1042]}, which threads their answer even when their mail program drops the
 * headers), the agent's words, and a line on how to go on.
 */
final class ReplyText {

	private ReplyText() {
	}

	static String subject(String theirSubject, long ticketNumber) {
		String base = (theirSubject == null) ? "" : theirSubject.replaceAll("\\[#\\d+]", "").strip();
		if (!base.regionMatches(true, 0, "Re:", 0, 3)) {
			base = "Re: " + base;
		}
		return (base + " [#" + ticketNumber + "]").replaceAll("\\s{2,}", " ").strip();
	}

	static String body(String text, long ticketNumber, String locale, MessageSource messages) {
		String footer = messages.getMessage("email.reply.footer", new Object[] { "#" + ticketNumber },
				Locale.forLanguageTag(locale));
		return text.strip() + "\n\n-- \n" + footer;
	}

	/** The same text as HTML: escaped, line breaks kept. */
	static String html(String body) {
		return "<div style=\"font-family:sans-serif;white-space:pre-wrap\">"
				+ HtmlUtils.htmlEscape(body).replace("\n", "<br>") + "</div>";
	}

}
