package io.yordam.routing;

import java.util.Set;

import io.yordam.tickets.TicketLine;

/**
 * What an agent can take: the languages they answer in (ru, uz, en), the cities they know
 * (a preference), the lines they work on, and whether they are second line (tickets
 * escalated to the second line go only to them).
 */
public record AgentSkills(Set<String> languages, Set<String> cities, Set<TicketLine> lines, boolean secondLine) {

	public AgentSkills {
		languages = Set.copyOf(languages);
		cities = Set.copyOf(cities);
		lines = Set.copyOf(lines);
	}

}
