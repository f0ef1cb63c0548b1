package io.yordam.macros;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.yordam.access.OperatorPrincipal;
import io.yordam.access.PlatformRole;
import io.yordam.ledger.Ledger;
import io.yordam.ledger.LedgerLine;
import io.yordam.orders.OrderId;
import io.yordam.orders.OrderView;
import io.yordam.orders.Orders;
import io.yordam.tickets.TicketSummary;

import org.springframework.stereotype.Component;

/**
 * The values of a macro's variables for one ticket, read live: the requester, the linked
 * order (its human number, ETA, restaurant, courier) and the latest compensation paid on
 * the ticket, formatted for the customer's language. What is unknown is left out, never
 * guessed.
 */
@Component
class TicketValues {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm")
		.withZone(ZoneId.of("Asia/Tashkent"));

	private final Orders orders;

	private final Ledger ledger;

	TicketValues(Orders orders, Ledger ledger) {
		this.orders = orders;
		this.ledger = ledger;
	}

	Map<MacroVariable, String> of(TicketSummary ticket, OperatorPrincipal agent, String language) {
		Map<MacroVariable, String> values = new EnumMap<>(MacroVariable.class);
		put(values, MacroVariable.NAME, firstName(ticket.requesterName()));
		put(values, MacroVariable.AGENT, firstName(agent.displayName()));
		Optional<OrderView> order = (ticket.orderId() != null) ? this.orders.find(new OrderId(ticket.orderId()))
				: Optional.empty();
		order.ifPresent(o -> {
			put(values, MacroVariable.ORDER, o.number());
			put(values, MacroVariable.RESTAURANT, o.restaurantName());
			put(values, MacroVariable.COURIER, firstName(o.courierName()));
			put(values, MacroVariable.ETA, (o.eta() != null && o.deliveredAt() == null) ? TIME.format(o.eta()) : null);
		});
		if (ticket.requesterRole() == PlatformRole.CUSTOMER) {
			this.ledger.historyOf(ticket.requesterId(), 50)
				.stream()
				.filter(line -> ticket.id().value().equals(line.ticketId()) && !line.reversed()
						&& line.reverses() == null && line.amount() > 0)
				.max(Comparator.comparing(LedgerLine::at))
				.ifPresent(line -> put(values, MacroVariable.AMOUNT, som(line.amount(), language)));
		}
		return values;
	}

	/** "45 000 сум", "45 000 so'm", "45,000 UZS". */
	static String som(long amount, String language) {
		return switch (MacroLanguage.choose(language)) {
			case "en" -> String.format(Locale.ROOT, "%,d", amount) + " UZS";
			case "uz" -> String.format(Locale.ROOT, "%,d", amount).replace(',', ' ') + " so'm";
			default -> String.format(Locale.ROOT, "%,d", amount).replace(',', '\u00a0') + " сум";
		};
	}

	/** People are addressed by their first name, as support writes to them. */
	static String firstName(String name) {
		if (name == null || name.isBlank()) {
			return null;
		}
		return name.strip().split("\\s+")[0];
	}

	private static void put(Map<MacroVariable, String> values, MacroVariable variable, String value) {
		if (value != null && !value.isBlank()) {
			values.put(variable, value);
		}
	}

}
