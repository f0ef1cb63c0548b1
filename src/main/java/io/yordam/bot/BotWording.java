package io.yordam.bot;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import io.yordam.orders.OrderView;

/**
 * The bot's words in one customer's language: its texts, and times, dates and amounts as
 * the customer reads them (the service's time zone, so'm with spaces).
 */
final class BotWording {

	private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM");

	private final BotTexts texts;

	private final String language;

	private final ZoneId zone;

	BotWording(BotTexts texts, String language, ZoneId zone) {
		this.texts = texts;
		this.language = language;
		this.zone = zone;
	}

	String text(String key, Object... args) {
		return this.texts.get(key, this.language, args);
	}

	boolean has(String key) {
		return this.texts.has(key, this.language);
	}

	String clock(Instant at) {
		return (at == null) ? "—" : CLOCK.format(at.atZone(this.zone));
	}

	String date(Instant at) {
		return DAY.format(at.atZone(this.zone));
	}

	/** "today", "yesterday" or "recently", in the service's time zone. */
	String when(Instant at, Instant now) {
		LocalDate day = at.atZone(this.zone).toLocalDate();
		LocalDate today = now.atZone(this.zone).toLocalDate();
		return text(day.equals(today) ? "bot.when.today"
				: day.equals(today.minusDays(1)) ? "bot.when.yesterday" : "bot.when.earlier");
	}

	String som(long amount) {
		return String.format("%,d", amount).replace(',', ' ') + " " + text("money.currency");
	}

	/** The order's live state: where it is, with whom, and when it is expected. */
	String status(OrderView order) {
		Instant expected = (order.deliveredAt() != null) ? order.deliveredAt()
				: (order.eta() != null) ? order.eta() : order.promisedAt();
		return text("bot.status." + order.status().name(), order.number(), order.restaurantName(), clock(expected),
				(order.courierName() != null) ? order.courierName() : "—");
	}

}
