package io.yordam.drafts;

import io.yordam.common.InvalidInputException;

/**
 * What a draft may hold: any text up to {@value #MAX_LENGTH} characters (more than a
 * reply may have, so that an over-long reply is kept to be shortened rather than lost).
 * Blank means "no draft".
 */
final class DraftTextPolicy {

	static final int MAX_LENGTH = 4000;

	private DraftTextPolicy() {
	}

	/** The text to keep, or {@code null} when there is nothing to keep. */
	static String check(String text) {
		if (text == null) {
			throw new InvalidInputException("text", "required", "text is required (an empty one deletes the draft)");
		}
		if (text.codePointCount(0, text.length()) > MAX_LENGTH) {
			throw new InvalidInputException("text", "max-length", "A draft has at most " + MAX_LENGTH + " characters");
		}
		if (text.indexOf('\0') >= 0) {
			throw new InvalidInputException("text", "no-nul", "text may not contain NUL characters");
		}
		return text.isBlank() ? null : text;
	}

}
