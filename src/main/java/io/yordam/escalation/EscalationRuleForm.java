package io.yordam.escalation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.yordam.common.InvalidInputException;
import io.yordam.sla.SlaTarget;
import io.yordam.tickets.EscalationLevel;
import io.yordam.tickets.TicketPriority;

/**
 * Reads the editor's form: row {@code i} has {@code trigger<i>}, {@code target<i>},
 * {@code threshold<i>}, {@code level<i>}, {@code priority<i>}; a row without a trigger is
 * empty. A value that is not one of the choices is a violation naming the rule's field as
 * the API names it ({@code rules[0].trigger}).
 */
final class EscalationRuleForm {

	static List<EscalationRule> read(Map<String, String> form, List<InvalidInputException.Violation> bad) {
		List<EscalationRule> rules = new ArrayList<>();
		for (int row = 0; row < 40; row++) {
			String trigger = form.get("trigger" + row);
			if (trigger == null || trigger.isBlank()) {
				continue;
			}
			String field = "rules[" + rules.size() + "].";
			String threshold = form.getOrDefault("threshold" + row, "").strip();
			rules.add(new EscalationRule(choice(EscalationTrigger.class, trigger, field + "trigger", bad),
					choice(SlaTarget.class, form.get("target" + row), field + "slaTarget", bad),
					threshold.isEmpty() ? null : integer(form, "threshold" + row, bad, null, field + "threshold"),
					choice(EscalationLevel.class, form.get("level" + row), field + "level", bad),
					choice(TicketPriority.class, form.get("priority" + row), field + "priority", bad)));
		}
		return rules;
	}

	static int integer(Map<String, String> form, String name, List<InvalidInputException.Violation> bad,
			int otherwise) {
		Integer value = integer(form, name, bad, otherwise, name);
		return (value != null) ? value : otherwise;
	}

	private static Integer integer(Map<String, String> form, String name, List<InvalidInputException.Violation> bad,
			Integer otherwise, String field) {
		try {
			return Integer.parseInt(form.getOrDefault(name, "").strip());
		}
		catch (NumberFormatException ex) {
			bad.add(new InvalidInputException.Violation(field, "number", "A whole number"));
			return otherwise;
		}
	}

	private static <E extends Enum<E>> E choice(Class<E> type, String value, String field,
			List<InvalidInputException.Violation> bad) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip());
		}
		catch (IllegalArgumentException ex) {
			bad.add(new InvalidInputException.Violation(field, "choice", "Not one of the choices"));
			return null;
		}
	}

	private EscalationRuleForm() {
	}

}
