package io.yordam.ui;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import io.yordam.common.Money;
import io.yordam.orders.OrderView;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * How times, amounts and enum values read in the templates ({@code ${@fmt.time(x)}}).
 * Times show in the service's zone, Asia/Tashkent.
 */
@Component("fmt")
public class Formats {

	private static final ZoneId ZONE = ZoneId.of("Asia/Tashkent");

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(ZONE);

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").withZone(ZONE);

	private final Clock clock;

	private final MessageSource messages;

	Formats(Clock clock, MessageSource messages) {
		this.clock = clock;
		this.messages = messages;
	}

	public String time(Instant instant) {
		return (instant == null) ? "—" : TIME.format(instant);
	}

	public String dateTime(Instant instant) {
		return (instant == null) ? "—" : DATE_TIME.format(instant);
	}

	/** "5 min ago", in the reader's language. */
	public String ago(Instant instant) {
		if (instant == null) {
			return "—";
		}
		long minutes = Math.max(0, Duration.between(instant, this.clock.instant()).toMinutes());
		Locale locale = LocaleContextHolder.getLocale();
		if (minutes < 1) {
			return this.messages.getMessage("time.now", null, locale);
		}
		if (minutes < 60) {
			return this.messages.getMessage("time.minutes-ago", new Object[] { minutes }, locale);
		}
		if (minutes < 60 * 24) {
			return this.messages.getMessage("time.hours-ago", new Object[] { minutes / 60 }, locale);
		}
		return dateTime(instant);
	}

	public String money(Money money) {
		if (money == null) {
			return "—";
		}
		return String.format(Locale.ROOT, "%,d", money.som()).replace(',', ' ') + " "
				+ this.messages.getMessage("money.currency", null, "so'm", LocaleContextHolder.getLocale());
	}

	/** An amount of so'm given as a number (ledger lines, incident costs). */
	public String som(long som) {
		return money(Money.som(som));
	}

	/** An enum value's label: {@code status.NEW}, {@code category.LATE_DELIVERY}… */
	public String label(String group, Object value) {
		if (value == null) {
			return "—";
		}
		String key = group + "." + value;
		return this.messages.getMessage(key, null, value.toString(), LocaleContextHolder.getLocale());
	}

	/**
	 * A ticket's tag as people read it: the tags Yordam sets itself (the bot's hand-off
	 * and its reason, VIP, angry, urgent) in words; an agent's own tag as written.
	 */
	public String tag(String tag) {
		Locale locale = LocaleContextHolder.getLocale();
		String known = this.messages.getMessage("ticket.tag." + tag, null, null, locale);
		if (known != null) {
			return known;
		}
		if (tag.startsWith("handoff-")) {
			String reason = tag.substring("handoff-".length());
			String said = this.messages.getMessage("bot.summary.reason." + reason, null, null, locale);
			if (said == null) {
				said = this.messages.getMessage("bot.summary.reason." + reason.replace('-', '_'), null, null, locale);
			}
			if (said != null) {
				return this.messages.getMessage("ticket.tag.handoff", new Object[] { said }, locale);
			}
		}
		return tag;
	}

	public boolean late(OrderView order) {
		return order != null && order.isLateAt(this.clock.instant());
	}

	/**
	 * A person's or the system's name: the desk's own actors ("Yordam bot", "Yordam", as
	 * the tickets, chats and incidents record them) in the reader's words, anyone else as
	 * named.
	 */
	public String who(String name) {
		if (name == null) {
			return "—";
		}
		return switch (name) {
			case "Yordam bot", "bot" -> this.messages.getMessage("who.bot", null, LocaleContextHolder.getLocale());
			case "Yordam", "system" -> this.messages.getMessage("who.system", null, LocaleContextHolder.getLocale());
			case "customer" -> this.messages.getMessage("who.customer", null, LocaleContextHolder.getLocale());
			default -> name;
		};
	}

	/** How long something has waited: "waiting 4 min", "waiting 2 h 5 min". */
	public String waited(Instant since) {
		if (since == null) {
			return "—";
		}
		long minutes = Math.max(0, Duration.between(since, this.clock.instant()).toMinutes());
		Locale locale = LocaleContextHolder.getLocale();
		return (minutes < 60) ? this.messages.getMessage("time.waiting-minutes", new Object[] { minutes }, locale)
				: this.messages.getMessage("time.waiting-hours", new Object[] { minutes / 60, minutes % 60 }, locale);
	}

	/** A city's name in the reader's language (the platform names them in English). */
	public String city(String city) {
		return (city == null) ? "—"
				: this.messages.getMessage("routing.city." + city, null, city, LocaleContextHolder.getLocale());
	}

}
