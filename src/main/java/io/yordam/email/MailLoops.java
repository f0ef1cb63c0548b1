package io.yordam.email;

import java.util.Locale;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * Mail that no person wrote, which is never answered (an answer to an auto-reply starts
 * the loop other desks are known for): RFC 3834's Auto-Submitted, Precedence, the
 * vendors' auto-reply headers, delivery reports, and our own mail come back.
 */
final class MailLoops {

	private MailLoops() {
	}

	/** Why the mail is automatic, or null when a person wrote it. */
	static String reason(MimeMessage mail, String from, String messageId, EmailProperties properties)
			throws MessagingException {
		String autoSubmitted = header(mail, "Auto-Submitted");
		if (autoSubmitted != null && !autoSubmitted.equals("no")) {
			return "auto-submitted";
		}
		String precedence = header(mail, "Precedence");
		if (precedence != null && precedence.matches("bulk|junk|list|auto_reply")) {
			return "precedence-" + precedence;
		}
		if (header(mail, "X-Autoreply") != null || header(mail, "X-Autorespond") != null) {
			return "auto-reply";
		}
		String type = mail.getContentType();
		String returnPath = header(mail, "Return-Path");
		if ((type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/report")) || "<>".equals(returnPath)
				|| from.startsWith("mailer-daemon@") || from.startsWith("postmaster@")) {
			return "bounce";
		}
		if (from.equalsIgnoreCase(properties.address())
				|| (messageId.startsWith("yordam.") && messageId.endsWith("@" + properties.domain()))) {
			return "own-mail";
		}
		return null;
	}

	private static String header(MimeMessage mail, String name) throws MessagingException {
		String value = mail.getHeader(name, ",");
		return (value == null) ? null : value.strip().toLowerCase(Locale.ROOT);
	}

}
