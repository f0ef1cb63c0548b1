package io.yordam.macros;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A macro's body as a template: which variables it names, and the text with them filled.
 * A variable without a value stays in the text as it was written ({@code {eta}}), so the
 * agent sees what is left to fill; nothing is ever silently blanked.
 */
final class MacroTemplate {

	/** A word in braces; a lone brace or braces around spaces are plain text. */
	private static final Pattern VARIABLE = Pattern.compile("\\{([^{}\\s]{1,40})}");

	private MacroTemplate() {
	}

	/** The names in braces that are no known variable, in the order written. */
	static List<String> unknownVariables(String body) {
		Set<String> unknown = new LinkedHashSet<>();
		Matcher m = VARIABLE.matcher((body != null) ? body : "");
		while (m.find()) {
			if (MacroVariable.byKey(m.group(1)).isEmpty()) {
				unknown.add(m.group(1));
			}
		}
		return List.copyOf(unknown);
	}

	static Filled fill(String body, Map<MacroVariable, String> values) {
		Matcher m = VARIABLE.matcher(body);
		StringBuilder text = new StringBuilder();
		Set<MacroVariable> missing = new LinkedHashSet<>();
		while (m.find()) {
			String replacement = m.group();
			MacroVariable variable = MacroVariable.byKey(m.group(1)).orElse(null);
			if (variable != null) {
				String value = values.get(variable);
				if (value != null && !value.isBlank()) {
					replacement = value;
				}
				else {
					missing.add(variable);
				}
			}
			m.appendReplacement(text, Matcher.quoteReplacement(replacement));
		}
		m.appendTail(text);
		return new Filled(text.toString(), new ArrayList<>(missing));
	}

	/** The text to insert, and the variables left in it for the agent to fill. */
	record Filled(String text, List<MacroVariable> missing) {

		Filled {
			missing = List.copyOf(missing);
		}

	}

}
