package io.yordam.common;

import java.util.List;
import java.util.Map;

/**
 * A settings page's posted form read field by field: every field that is not what it
 * should be is collected, so that the page lists them all at once.
 */
public final class FormFields {

	private FormFields() {
	}

	/** The field as a whole number, or 0 with a violation naming it. */
	public static int wholeNumber(Map<String, String> form, String field, List<InvalidInputException.Violation> bad) {
		try {
			return Integer.parseInt(form.getOrDefault(field, "").strip());
		}
		catch (NumberFormatException ex) {
			bad.add(new InvalidInputException.Violation(field, "number", "A whole number"));
			return 0;
		}
	}

}
