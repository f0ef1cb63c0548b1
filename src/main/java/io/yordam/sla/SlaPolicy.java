package io.yordam.sla;

import java.time.Duration;
import java.util.Set;

import io.yordam.tickets.TicketCategory;
import io.yordam.tickets.TicketLine;
import io.yordam.tickets.TicketPriority;

/**
 * A named promise: the tickets it applies to (an empty condition matches any value; a
 * null {@code vip} matches both) and the three targets.
 */
public record SlaPolicy(String name, Set<TicketLine> lines, Set<SlaChannel> channels, Set<TicketCategory> categories,
		Set<TicketPriority> priorities, Boolean vip, Set<String> languages, Duration firstResponse,
		Duration nextResponse, Duration resolution) {

	public SlaPolicy {
		lines = Set.copyOf(lines);
		channels = Set.copyOf(channels);
		categories = Set.copyOf(categories);
		priorities = Set.copyOf(priorities);
		languages = Set.copyOf(languages);
	}

	boolean appliesTo(TicketFacts ticket) {
		return within(this.lines, ticket.line()) && within(this.channels, ticket.channel())
				&& within(this.categories, ticket.category()) && within(this.priorities, ticket.priority())
				&& (this.vip == null || this.vip == ticket.vip()) && within(this.languages, ticket.language());
	}

	public Duration target(SlaTarget target) {
		return switch (target) {
			case FIRST_RESPONSE -> this.firstResponse;
			case NEXT_RESPONSE -> this.nextResponse;
			case RESOLUTION -> this.resolution;
		};
	}

	private static <T> boolean within(Set<T> allowed, T value) {
		return allowed.isEmpty() || allowed.contains(value);
	}

}
