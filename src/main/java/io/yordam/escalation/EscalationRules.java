package io.yordam.escalation;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.yordam.common.InvalidInputException;
import io.yordam.tickets.EscalationLevel;
import io.yordam.tickets.TicketPriority;

/**
 * The admins' rules, as one document: saved as a whole, with a version, so that history
 * shows what was in force when.
 */
public record EscalationRules(@JsonValue List<EscalationRule> rules) {

	static final int MAX_RULES = 20;

	/** Written and read as a plain list of rules. */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public EscalationRules {
		rules = (rules == null) ? List.of() : List.copyOf(rules);
	}

	/**
	 * What a desk starts with: a breached promise goes to the second line, a ticket
	 * reopened twice and an angry customer too; a VIP waiting 10 minutes goes to a
	 * supervisor.
	 */
	static EscalationRules defaults() {
		return new EscalationRules(List.of(
				new EscalationRule(EscalationTrigger.SLA_BREACH, null, null, EscalationLevel.SECOND_LINE,
						TicketPriority.HIGH),
				new EscalationRule(EscalationTrigger.REOPENED, null, 2, EscalationLevel.SECOND_LINE,
						TicketPriority.HIGH),
				new EscalationRule(EscalationTrigger.VIP_WAITING, null, 10, EscalationLevel.SUPERVISOR,
						TicketPriority.URGENT),
				new EscalationRule(EscalationTrigger.ANGRY_CUSTOMER, null, null, EscalationLevel.SECOND_LINE,
						TicketPriority.HIGH)));
	}

	/** Refuses (400, naming each field) rules that cannot work. */
	void validate() {
		List<InvalidInputException.Violation> bad = new ArrayList<>();
		if (this.rules.size() > MAX_RULES) {
			bad.add(new InvalidInputException.Violation("rules", "max", "At most " + MAX_RULES + " rules"));
		}
		for (int i = 0; i < this.rules.size(); i++) {
			EscalationRule rule = this.rules.get(i);
			if (rule == null) {
				bad.add(new InvalidInputException.Violation("rules[" + i + "]", "required", "A rule"));
			}
			else {
				rule.check("rules[" + i + "].", bad);
			}
		}
		if (!bad.isEmpty()) {
			throw new InvalidInputException(bad);
		}
	}

	List<EscalationRule> of(EscalationTrigger trigger) {
		return this.rules.stream().filter(r -> r.trigger() == trigger).toList();
	}

}
