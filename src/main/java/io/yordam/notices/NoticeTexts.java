package io.yordam.notices;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import io.yordam.orders.NewsOfOrder;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A notice as the customer reads it, in their language, with the live facts filled in:
 * {@code notice.<KIND>.title} and {@code notice.<KIND>.body}, whose arguments are the
 * order's number, a time of day in the policy's zone and an amount in so'm.
 */
@Component
class NoticeTexts {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	private final MessageSource messages;

	NoticeTexts(MessageSource messages) {
		this.messages = messages;
	}

	static String language(String locale) {
		return (locale != null && locale.matches("ru|uz|en")) ? locale : "ru";
	}

	String title(NoticeKind kind, String language, String number, Instant time, ZoneId zone, long amount,
			NewsOfOrder news) {
		return text("notice." + kind + ".title", language, args(number, time, zone, amount, news));
	}

	/** The text, and the platform's reason for a delay after it when it gave one. */
	String body(NoticeKind kind, String language, String number, Instant time, ZoneId zone, long amount,
			NewsOfOrder news) {
		String body = text("notice." + kind + ".body", language, args(number, time, zone, amount, news));
		if (news.delayReason() != null && (kind == NoticeKind.ETA_CHANGED || kind == NoticeKind.ORDER_LATE
				|| kind == NoticeKind.LATE_CARE_CREDITED)) {
			body = body + " " + text("notice.reason." + news.delayReason(), language, new Object[0]);
		}
		return body;
	}

	/**
	 * The same facts for the title and the text, either may name any: {0} the order's
	 * number, {1} a time of day, {2} an amount, {3} the cancelled item.
	 */
	private static Object[] args(String number, Instant time, ZoneId zone, long amount, NewsOfOrder news) {
		String at = (time != null) ? TIME.format(time.atZone(zone)) : "—";
		String item = (news.cancelledItem() != null) ? news.cancelledItem() : "—";
		return new Object[] { number, at, String.format(Locale.ROOT, "%,d", amount).replace(',', ' '), item };
	}

	private String text(String key, String language, Object[] args) {
		return this.messages.getMessage(key, args, Locale.forLanguageTag(language));
	}

}
