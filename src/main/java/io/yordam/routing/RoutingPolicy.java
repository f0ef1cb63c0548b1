package io.yordam.routing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.yordam.access.OperatorId;
import io.yordam.tickets.EscalationLevel;
import io.yordam.tickets.TicketLine;

/**
 * Who should take a waiting ticket. Eligible: online, works on the ticket's line, has a
 * free slot, and is second line when the ticket was escalated there (a ticket escalated
 * to a supervisor is a supervisor's to take, never routed). Among the eligible: who
 * speaks the customer's language first, then who knows the order's city, then the least
 * loaded (share of capacity in use, then chats), then who has waited longest since their
 * last routed ticket. Language is a preference, not a bar: a customer served in Russian
 * now is better off than one waiting for an Uzbek speaker who is busy.
 */
final class RoutingPolicy {

	private static final Comparator<Choice> ORDER = Comparator.comparing((Choice c) -> !c.speaks())
		.thenComparing(c -> !c.knowsCity())
		.thenComparingDouble(c -> (double) c.candidate().openChats() / c.candidate().capacity())
		.thenComparingInt(c -> c.candidate().openChats())
		.thenComparing(c -> c.candidate().idleSince())
		.thenComparing(c -> c.candidate().id().value());

	private RoutingPolicy() {
	}

	static Decision decide(TicketFacts ticket, List<Candidate> candidates) {
		if (ticket.level() == EscalationLevel.SUPERVISOR) {
			return new Wait("escalated to a supervisor");
		}
		List<Choice> eligible = new ArrayList<>();
		for (Candidate candidate : candidates) {
			if (eligible(ticket, candidate)) {
				eligible.add(new Choice(candidate, candidate.skills().languages().contains(ticket.language()),
						ticket.city() != null && candidate.skills().cities().contains(ticket.city())));
			}
		}
		if (eligible.isEmpty()) {
			return new Wait("nobody online with a free slot on line " + ticket.line()
					+ ((ticket.level() == EscalationLevel.SECOND_LINE) ? " (second line)" : ""));
		}
		eligible.sort(ORDER);
		return new Offer(List.copyOf(eligible));
	}

	private static boolean eligible(TicketFacts ticket, Candidate candidate) {
		return candidate.status() == AgentStatus.ONLINE && candidate.openChats() < candidate.capacity()
				&& candidate.skills().lines().contains(ticket.line())
				&& (ticket.level() != EscalationLevel.SECOND_LINE || candidate.skills().secondLine());
	}

	/** What routing needs to know about a waiting ticket. {@code city} may be unknown. */
	record TicketFacts(TicketLine line, String language, EscalationLevel level, String city) {
	}

	record Candidate(OperatorId id, String name, AgentStatus status, AgentSkills skills, int openChats, int capacity,
			Instant idleSince) {
	}

	/** The policy's answer: offer to these, best first; or the ticket waits. */
	sealed interface Decision permits Offer, Wait {

	}

	record Offer(List<Choice> ranked) implements Decision {
	}

	record Wait(String why) implements Decision {
	}

	record Choice(Candidate candidate, boolean speaks, boolean knowsCity) {

		/** Why this agent, for the audit trail (the load is added when it is taken). */
		String reason(String language, String city) {
			List<String> parts = new ArrayList<>();
			parts.add(this.speaks ? "speaks " + language : "nobody free speaks " + language);
			if (this.knowsCity) {
				parts.add("knows " + city);
			}
			return String.join(", ", parts);
		}

	}

}
