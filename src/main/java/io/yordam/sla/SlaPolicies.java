package io.yordam.sla;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import io.yordam.tickets.TicketCategory;
import io.yordam.tickets.TicketLine;
import io.yordam.tickets.TicketPriority;

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

	/** Telegram is a chat too: customers expect a chat's speed there. */
	private static final Set<SlaChannel> MESSENGERS = Set.of(SlaChannel.CHAT, SlaChannel.TELEGRAM);

	/**
	 * What the seed asks for: a first answer in chat within a minute (45 s for a VIP),
	 * each next answer within two minutes, and a solution as fast as the kind of problem
	 * allows; both lines work 24/7. A ticket raised to high or urgent (by the bot for an
	 * angry customer or a health risk, or by a person) comes first: the queue sorts by
	 * what is due.
	 */
	public static SlaPolicies defaults() {
		Duration minute = Duration.ofMinutes(1);
		Duration next = Duration.ofMinutes(2);
		return new SlaPolicies(List.of(
				new SlaPolicy("Urgent", Set.of(), MESSENGERS, Set.of(), Set.of(TicketPriority.URGENT), null, Set.of(),
						Duration.ofSeconds(15), minute, Duration.ofMinutes(15)),
				new SlaPolicy("High priority", Set.of(), MESSENGERS, Set.of(), Set.of(TicketPriority.HIGH), null,
						Set.of(), Duration.ofSeconds(30), minute, Duration.ofMinutes(15)),
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
				policy("Chat", Set.of(), Set.of(), null, minute, next, Duration.ofHours(4)),
				// Mail is not a chat: people expect an answer within the hour.
				new SlaPolicy("Email", Set.of(), Set.of(SlaChannel.EMAIL), Set.of(), Set.of(), null, Set.of(),
						Duration.ofHours(1), Duration.ofHours(2), Duration.ofHours(24)),
				// A call's ticket opens when an agent answers: its first response
				// is the
				// answer itself.
				new SlaPolicy("Phone", Set.of(), Set.of(SlaChannel.PHONE), Set.of(), Set.of(), null, Set.of(),
						Duration.ofSeconds(30), Duration.ofMinutes(10), Duration.ofHours(4)),
				// A missed call or a voicemail: the caller is called back within
				// 15 minutes.
				new SlaPolicy("Callback", Set.of(), Set.of(SlaChannel.CALLBACK), Set.of(), Set.of(), null, Set.of(),
						Duration.ofMinutes(15), Duration.ofMinutes(30), Duration.ofHours(2)),
				// A bad public review: answered in public within four hours, while
				// the reviewer still reads it.
				new SlaPolicy("Public review", Set.of(), Set.of(SlaChannel.REVIEW), Set.of(), Set.of(), null, Set.of(),
						Duration.ofHours(4), Duration.ofHours(8), Duration.ofHours(24))),
				List.of());
	}

	private static SlaPolicy policy(String name, Set<TicketLine> lines, Set<TicketCategory> categories, Boolean vip,
			Duration first, Duration next, Duration resolution) {
		return new SlaPolicy(name, lines, MESSENGERS, categories, Set.of(), vip, Set.of(), first, next, resolution);
	}

}
