package io.yordam.sla;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import io.yordam.tickets.TicketCategory;
import io.yordam.tickets.TicketLine;

/**
 * The policies in the admin's order (first match wins) and the lines' business hours.
 */
public record SlaPolicies(List<SlaPolicy> policies, List<BusinessHours> calendars) {

	public SlaPolicies {
		policies = List.copyOf(policies);
		calendars = List.copyOf(calendars);
	}

	SlaPolicyMatching.Match match(TicketFacts ticket) {
		return SlaPolicyMatching.match(this.policies, ticket);
	}

	SlaCalendar calendarOf(TicketLine line) {
		return this.calendars.stream()
			.filter(c -> c.line() == line)
			.findFirst()
			.map(SlaCalendar::of)
			.orElseGet(SlaCalendar::twentyFourSeven);
	}

	/**
	 * What the seed asks for: a first answer in chat within a minute (45 s for a VIP),
	 * each next answer within two minutes, and a solution as fast as the kind of problem
	 * allows; both lines work 24/7.
	 */
	public static SlaPolicies defaults() {
		Duration minute = Duration.ofMinutes(1);
		Duration next = Duration.ofMinutes(2);
		return new SlaPolicies(List.of(
				policy("VIP chat", Set.of(), Set.of(), true, Duration.ofSeconds(45), next, Duration.ofMinutes(30)),
				policy("Couriers on the road", Set.of(TicketLine.COURIERS), Set.of(), null, minute, next,
						Duration.ofMinutes(15)),
				policy("Unpaid order", Set.of(), Set.of(TicketCategory.UNPAID_ORDER), null, minute, next,
						Duration.ofMinutes(15)),
				policy("Late delivery", Set.of(), Set.of(TicketCategory.LATE_DELIVERY), null, minute, next,
						Duration.ofMinutes(20)),
				policy("Order problems", Set.of(),
						Set.of(TicketCategory.DAMAGED_ORDER, TicketCategory.INCOMPLETE_ORDER,
								TicketCategory.WRONG_ORDER),
						null, minute, next, Duration.ofMinutes(30)),
				policy("Chat", Set.of(), Set.of(), null, minute, next, Duration.ofHours(4))), List.of());
	}

	private static SlaPolicy policy(String name, Set<TicketLine> lines, Set<TicketCategory> categories, Boolean vip,
			Duration first, Duration next, Duration resolution) {
		return new SlaPolicy(name, lines, Set.of(SlaChannel.CHAT), categories, Set.of(), vip, Set.of(), first, next,
				resolution);
	}

}
