package io.yordam.analytics;

import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.yordam.access.OperatorId;
import io.yordam.access.Operators;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * How a dimension's value reads: agents by name (the bot as a word), lines, channels and
 * reasons in the viewer's language, cities, restaurants and couriers as the platform
 * names them, dishes by name and restaurant.
 */
@Component
class Labels {

	private final Operators operators;

	private final MessageSource messages;

	private final DishNames dishes;

	Labels(Operators operators, MessageSource messages, DishNames dishes) {
		this.operators = operators;
		this.messages = messages;
		this.dishes = dishes;
	}

	Map<String, String> of(Dimension dim, Collection<String> values, Locale locale) {
		if (dim == Dimension.DISH) {
			return this.dishes.of(values);
		}
		Map<String, String> labels = new HashMap<>();
		if (dim == Dimension.AGENT) {
			Map<UUID, String> names = new HashMap<>();
			this.operators
				.displayNames(values.stream()
					.filter(v -> !TicketFacts.BOT.equals(v))
					.map(Labels::uuid)
					.filter(java.util.Objects::nonNull)
					.map(OperatorId::new)
					.toList())
				.forEach((id, name) -> names.put(id.value(), name));
			for (String value : values) {
				UUID id = uuid(value);
				labels.put(value,
						TicketFacts.BOT.equals(value) ? word("analytics.agent.bot", locale)
								: (id != null && names.containsKey(id)) ? names.get(id)
										: word("analytics.agent.unknown", locale));
			}
			return labels;
		}
		for (String value : values) {
			String key = switch (dim) {
				case LINE -> "line." + value;
				case REASON -> "category." + value;
				case CHANNEL -> "channel." + value;
				default -> null;
			};
			labels.put(value, (key != null) ? this.messages.getMessage(key, null, value, locale) : value);
		}
		return labels;
	}

	String word(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

	private static UUID uuid(String value) {
		try {
			return UUID.fromString(value);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
