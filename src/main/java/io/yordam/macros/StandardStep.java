package io.yordam.macros;

/**
 * The standard steps of a dialogue "from the greeting to the end": a macro may be one of
 * them, and using it in a reply marks the step done on the ticket.
 */
public enum StandardStep {

	GREETING, APOLOGY, WAITING, CLOSING;

	/** The step from a form or request value; blank is none, anything else is refused. */
	static StandardStep parse(String value, String field) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return valueOf(value.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new io.yordam.common.InvalidInputException(field, "one-of",
					"One of GREETING, APOLOGY, WAITING, CLOSING, or none");
		}
	}

}
