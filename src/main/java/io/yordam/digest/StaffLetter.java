package io.yordam.digest;

/**
 * A mail to one operator: {@code key} makes it once ({@code weekly:<monday>:<operator>}),
 * {@code language} is theirs (ru, uz, en), the body as plain text and as HTML.
 */
public record StaffLetter(String key, String to, String language, String subject, String text, String html) {

	@Override
	public String toString() {
		return "StaffLetter[" + this.key + "]";
	}

}
