package io.yordam.common;

import java.util.List;

/**
 * Input that breaks a rule. Answered as RFC 9457 problem details (400) naming each field
 * and rule; thrown before anything is written so that nothing changes.
 */
public class InvalidInputException extends RuntimeException {

	private final List<Violation> violations;

	public InvalidInputException(String field, String rule, String message) {
		this(List.of(new Violation(field, rule, message)));
	}

	public InvalidInputException(List<Violation> violations) {
		super(violations.isEmpty() ? "invalid input" : violations.get(0).message());
		this.violations = List.copyOf(violations);
	}

	public List<Violation> violations() {
		return this.violations;
	}

	/**
	 * One broken rule: the field's path in the request, the rule's short name, a readable
	 * message.
	 */
	public record Violation(String field, String rule, String message) {
	}

}
