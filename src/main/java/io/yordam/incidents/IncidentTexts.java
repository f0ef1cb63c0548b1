package io.yordam.incidents;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What the customer reads in the chat about an incident, in their language; and an
 * option's label, the one rendering the customer's quick reply and the agent's panel both
 * show (public for the workspace's templates).
 */
@Component
public class IncidentTexts {

	private final MessageSource messages;

	IncidentTexts(MessageSource messages) {
		this.messages = messages;
	}

	String offer(IncidentType type, String orderNumber, String locale) {
		return text("incident.offer." + type.name(), locale, orderNumber);
	}

	/**
	 * "Keep it · 12 000 so'm back · 15 000 so'm to the bonus account": the option's name
	 * and what the customer gets ({@link Offer#refund()}, {@link Offer#bonus()}), the
	 * same words for the customer's quick reply and the agent's button.
	 */
	public String label(Offer offer, String locale) {
		List<String> parts = new ArrayList<>();
		parts.add(text("incident.option." + offer.option(), locale));
		long refund = offer.refund();
		long bonus = offer.bonus();
		if (refund > 0) {
			parts.add(text("incident.money.refund", locale, money(refund, locale)));
		}
		if (bonus > 0) {
			parts.add(text("incident.money.bonus", locale, money(bonus, locale)));
		}
		String label = String.join(" · ", parts);
		return (label.length() > 200) ? label.substring(0, 200) : label;
	}

	String waitingForSupervisor(String locale) {
		return text("incident.waiting", locale);
	}

	String inProgress(Offer offer, String locale) {
		return text("incident.inProgress", locale, label(offer, locale));
	}

	String done(Offer offer, String locale) {
		return text("incident.done", locale, label(offer, locale));
	}

	/**
	 * The platform confirmed what the customer was told had been asked for: the option
	 * was named then, it is not named again.
	 */
	String confirmed(String locale) {
		return text("incident.confirmed", locale);
	}

	String refused(Offer offer, String locale) {
		return text("incident.refused", locale, label(offer, locale));
	}

	String platformRefused(String locale) {
		return text("incident.platformRefused", locale);
	}

	String money(long som, String locale) {
		String digits = String.format(Locale.ROOT, "%,d", som).replace(',', '\u00a0');
		return digits + "\u00a0" + text("money.currency", locale);
	}

	private String text(String key, String locale, Object... args) {
		return this.messages.getMessage(key, args, Locale.forLanguageTag((locale != null) ? locale : "ru"));
	}

}
