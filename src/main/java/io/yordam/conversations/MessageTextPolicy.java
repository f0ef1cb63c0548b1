package io.yordam.conversations;

/**
 * A message carries text or an image; text is trimmed, not empty and within the limit.
 */
final class MessageTextPolicy {

	private final int maxLength;

	MessageTextPolicy(int maxLength) {
		this.maxLength = maxLength;
	}

	Verdict check(String text, boolean hasImage) {
		String trimmed = (text == null) ? "" : text.strip();
		if (trimmed.isEmpty() && !hasImage) {
			return new Verdict.Refused("text", "not-empty", "A message needs text or an image");
		}
		if (trimmed.codePointCount(0, trimmed.length()) > this.maxLength) {
			return new Verdict.Refused("text", "max-length", "A message has at most " + this.maxLength + " characters");
		}
		return Verdict.ALLOWED;
	}

}
