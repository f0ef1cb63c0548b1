package io.yordam.tickets;

import io.yordam.common.InvalidInputException;
import io.yordam.common.RuleViolationException;

/**
 * Which ticket may be merged into which: one requester's history, so the same requester
 * (role and id); never into itself; only an open ticket into an open one. A merged ticket
 * is closed, so "open into open" also rules out every cycle (A into B, then B into A).
 */
final class MergePolicy {

	private MergePolicy() {
	}

	static Verdict check(Ticket source, Ticket target) {
		if (source.status() == TicketStatus.CLOSED) {
			return new Refused(null, "ticket-closed", "A closed or merged ticket cannot be merged");
		}
		if (source.id().equals(target.id())) {
			return new Refused("into", "other-ticket", "A ticket cannot be merged into itself");
		}
		if (!source.requester().equals(target.requester())) {
			return new Refused("into", "same-requester", "Only a ticket of the same requester");
		}
		if (target.status() == TicketStatus.CLOSED || target.mergedInto().isPresent()) {
			return new Refused("into", "open-ticket", "Only into a ticket that is not closed or merged");
		}
		return new Allowed();
	}

	sealed interface Verdict permits Allowed, Refused {

		void orThrow();

	}

	record Allowed() implements Verdict {

		@Override
		public void orThrow() {
		}

	}

	/**
	 * A refusal; the field is the request's field at fault, or null when the merged
	 * ticket is.
	 */
	record Refused(String field, String rule, String message) implements Verdict {

		@Override
		public void orThrow() {
			throw (this.field != null) ? new InvalidInputException(this.field, this.rule, this.message)
					: RuleViolationException.conflict(this.rule, this.message);
		}

	}

}
