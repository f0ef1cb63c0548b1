package io.yordam.tickets;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A ticket's audit trail in the reader's words ({@code ${@auditWords.detail(a)}}): the
 * trail keeps codes ({@code status NEW → OPEN}, {@code priority NORMAL → HIGH},
 * {@code created line CUSTOMERS_PARTNERS}), written by {@link Ticket}; this reads them
 * back as the labels the rest of the ticket view shows. An order's platform id is left to
 * the tooltip.
 */
@Component("auditWords")
public class AuditWords {

	private static final Pattern CHANGE = Pattern.compile("([A-Z_]+) → ([A-Z_]+)(?:: (.*))?", Pattern.DOTALL);

	private final MessageSource messages;

	AuditWords(MessageSource messages) {
		this.messages = messages;
	}

	public String detail(AuditView entry) {
		String detail = entry.detail();
		if (detail == null || detail.isBlank()) {
			return "";
		}
		return switch (entry.action()) {
			case "status" -> change("status.", detail);
			case "priority" -> change("priority.", detail);
			case "category" -> change("category.", detail);
			case "escalated" -> change("escalation.level.", detail);
			case "created" -> detail.startsWith("line ") ? label("line.", detail.substring(5)) : detail;
			case "handed-off" -> label("bot.summary.reason.", detail);
			// The platform's ids: the tooltip has them, the line names no code.
			case "order" -> "";
			case "routed" -> detail.contains(":") ? detail.substring(0, detail.indexOf(':')) : detail;
			default -> detail;
		};
	}

	private String change(String group, String detail) {
		Matcher matcher = CHANGE.matcher(detail);
		if (!matcher.matches()) {
			return detail;
		}
		String words = label(group, matcher.group(1)) + " → " + label(group, matcher.group(2));
		return (matcher.group(3) != null) ? words + ": " + matcher.group(3) : words;
	}

	/** A code's label; a code without one reads as nothing rather than as the code. */
	private String label(String group, String code) {
		Locale locale = LocaleContextHolder.getLocale();
		String words = this.messages.getMessage(group + code, null, null, locale);
		if (words == null && group.startsWith("bot.summary.reason.")) {
			words = this.messages.getMessage("bot.summary.reason.other", null, "", locale);
		}
		return (words != null) ? words : code;
	}

}
