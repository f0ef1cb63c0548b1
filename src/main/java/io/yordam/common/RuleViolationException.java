package io.yordam.common;

/**
 * A well-formed request that the current state refuses (an illegal ticket transition, a
 * flood of messages). Carries the HTTP status to answer with and the rule that refused
 * it.
 */
public class RuleViolationException extends RuntimeException {

	private final int status;

	private final String rule;

	public RuleViolationException(int status, String rule, String message) {
		super(message);
		this.status = status;
		this.rule = rule;
	}

	public static RuleViolationException conflict(String rule, String message) {
		return new RuleViolationException(409, rule, message);
	}

	public int status() {
		return this.status;
	}

	public String rule() {
		return this.rule;
	}

}
