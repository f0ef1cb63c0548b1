package io.yordam.conversations;

/**
 * What a chat policy says about a message: allowed, or refused with the field and rule to
 * name.
 */
sealed interface Verdict {

	Verdict ALLOWED = new Allowed();

	record Allowed() implements Verdict {
	}

	record Refused(String field, String rule, String message) implements Verdict {
	}

}
