package io.yordam.sla;

import java.util.List;

/**
 * Which policy a ticket is held to: the first, in the admin's order, whose conditions all
 * hold. A ticket no policy covers carries no clocks (the defaults end with a catch-all).
 */
final class SlaPolicyMatching {

	private SlaPolicyMatching() {
	}

	static Match match(List<SlaPolicy> policies, TicketFacts ticket) {
		for (SlaPolicy policy : policies) {
			if (policy.appliesTo(ticket)) {
				return new Matched(policy);
			}
		}
		return new NoPolicy();
	}

	sealed interface Match permits Matched, NoPolicy {

	}

	record Matched(SlaPolicy policy) implements Match {
	}

	record NoPolicy() implements Match {
	}

}
