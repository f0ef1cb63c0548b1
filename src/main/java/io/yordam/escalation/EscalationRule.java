package io.yordam.escalation;

import java.util.List;

import io.yordam.common.InvalidInputException;
import io.yordam.sla.SlaTarget;
import io.yordam.tickets.EscalationLevel;
import io.yordam.tickets.TicketPriority;

/**
 * One rule an admin set: when the trigger fires, move the ticket up to the level and
 * raise its priority (never lower it).
 *
 * @param slaTarget for an SLA breach: only a breach of this target (none: any target)
 * @param threshold for a reopened ticket, how many reopenings (at least 1); for a VIP,
 * how many minutes of waiting (1 to 1440); unused by the other triggers
 * @param priority the least priority the ticket gets (none: the priority stays)
 */
public record EscalationRule(EscalationTrigger trigger, SlaTarget slaTarget, Integer threshold, EscalationLevel level,
		TicketPriority priority) {

	static final int MAX_MINUTES = 24 * 60;

	/** Adds what is wrong with this rule, each naming its field under {@code prefix}. */
	void check(String prefix, List<InvalidInputException.Violation> bad) {
		if (this.trigger == null) {
			bad.add(new InvalidInputException.Violation(prefix + "trigger", "required", "Choose a trigger"));
		}
		else if (!this.trigger.ruled()) {
			bad.add(new InvalidInputException.Violation(prefix + "trigger", "ruled",
					"An agent escalates by hand: no rule is needed"));
		}
		if (this.level == null || this.level == EscalationLevel.FIRST_LINE) {
			bad.add(new InvalidInputException.Violation(prefix + "level", "above-first-line",
					"Escalate to the second line or a supervisor"));
		}
		if (this.trigger == EscalationTrigger.REOPENED && (this.threshold == null || this.threshold < 1)) {
			bad.add(new InvalidInputException.Violation(prefix + "threshold", "min",
					"How many reopenings: at least 1"));
		}
		if (this.trigger == EscalationTrigger.VIP_WAITING
				&& (this.threshold == null || this.threshold < 1 || this.threshold > MAX_MINUTES)) {
			bad.add(new InvalidInputException.Violation(prefix + "threshold", "range",
					"Minutes of waiting: 1 to " + MAX_MINUTES));
		}
		if (this.threshold != null && this.threshold < 0) {
			bad.add(new InvalidInputException.Violation(prefix + "threshold", "min", "Must not be negative"));
		}
		if (this.slaTarget != null && this.trigger != EscalationTrigger.SLA_BREACH) {
			bad.add(new InvalidInputException.Violation(prefix + "slaTarget", "only-sla",
					"A service-level target belongs to an SLA-breach rule only"));
		}
	}

}
