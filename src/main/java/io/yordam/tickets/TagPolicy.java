package io.yordam.tickets;

import java.util.Locale;
import java.util.regex.Pattern;

import io.yordam.common.InvalidInputException;

/** Tags are short lowercase words (letters of any script, digits, dash, underscore). */
final class TagPolicy {

	private static final Pattern TAG = Pattern.compile("[\\p{L}\\p{N}_-]{1,50}");

	private TagPolicy() {
	}

	static String normalize(String tag) {
		String value = (tag == null) ? "" : tag.strip().toLowerCase(Locale.ROOT);
		if (!TAG.matcher(value).matches()) {
			throw new InvalidInputException("tag", "pattern",
					"A tag is 1 to 50 letters, digits, dashes or underscores");
		}
		return value;
	}

}
