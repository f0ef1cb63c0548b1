package io.yordam.workspace;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.yordam.common.InvalidInputException;
import io.yordam.incidents.PlaybookSettingsDiff;
import io.yordam.ui.Formats;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The playbook settings' fields and errors in the reader's language: "Late delivery,
 * bracket 2: amount" for {@code lateBrackets[1].amount}, amounts in so'm, an error by its
 * rule ({@code settings.error.<rule>}, the domain's English when there is none).
 */
@Component
class SettingsWords {

	private static final Pattern BRACKET = Pattern.compile("lateBrackets\\[(\\d+)](?:\\.(minutesLate|amount))?");

	private static final Pattern LIMIT = Pattern.compile("limits\\.(\\w+)(?:\\.(perAction|perShift))?");

	private static final Pattern FORM_BRACKET = Pattern.compile("bracket(\\d+)(Minutes|Amount)");

	private static final Pattern FORM_LIMIT = Pattern.compile("limit([A-Z]+)(PerAction|PerShift)");

	private final MessageSource messages;

	private final Formats formats;

	SettingsWords(MessageSource messages, Formats formats) {
		this.messages = messages;
		this.formats = formats;
	}

	/** A change of a version, as the history shows it. */
	record Row(String field, String label, String before, String after) {
	}

	/** An error, as the form shows it. */
	record Shown(String field, String label, String message) {
	}

	List<Row> rows(List<PlaybookSettingsDiff.Change> changes) {
		return changes.stream()
			.map(c -> new Row(c.field(), label(c.field()), value(c.field(), c.before()), value(c.field(), c.after())))
			.toList();
	}

	List<Shown> shown(List<InvalidInputException.Violation> violations) {
		return violations.stream()
			.map(v -> new Shown(v.field(), label(v.field()),
					message("settings.error." + v.field() + "." + v.rule(),
							message("settings.error." + v.rule(), v.message()))))
			.toList();
	}

	/**
	 * A field by its path in the settings ({@code lateBrackets[1].amount}) or its name in
	 * the form ({@code bracket1Amount}).
	 */
	String label(String field) {
		Matcher bracket = BRACKET.matcher(field);
		Matcher formBracket = FORM_BRACKET.matcher(field);
		if (bracket.matches() || formBracket.matches()) {
			Matcher m = bracket.matches() ? bracket : formBracket;
			String part = (m.group(2) == null) ? "bracket"
					: m.group(2).toLowerCase(Locale.ROOT).startsWith("minutes") ? "minutesLate" : "amount";
			return message("settings.diff." + part, new Object[] { Integer.parseInt(m.group(1)) + 1 }, field);
		}
		Matcher limit = LIMIT.matcher(field);
		Matcher formLimit = FORM_LIMIT.matcher(field);
		if (limit.matches() || formLimit.matches()) {
			Matcher m = limit.matches() ? limit : formLimit;
			String role = message("role." + m.group(1), m.group(1));
			String part = (m.group(2) == null) ? "limit"
					: m.group(2).toLowerCase(Locale.ROOT).endsWith("action") ? "perAction" : "perShift";
			return message("settings.diff." + part, new Object[] { role }, field);
		}
		String key = switch (field) {
			case "abuse", "abuse.claimsIn30Days" -> "settings.abuseClaims";
			case "abuse.claimsPerOrder" -> "settings.abuseClaimsPerOrder";
			case "abuse.compensatedIn30Days" -> "settings.abuseCompensated";
			case "reason", "comment" -> "settings.reason";
			case "basedOn" -> "settings.diff.version";
			case "lateBrackets" -> "settings.lateBrackets";
			default -> "settings." + field;
		};
		return message(key, field);
	}

	private String value(String field, Long value) {
		if (value == null) {
			return "—";
		}
		boolean minutesOrCounts = field.endsWith("minutesLate") || field.equals("damagedKeepPercent")
				|| field.equals("shiftHours") || field.startsWith("abuse.claims");
		return minutesOrCounts ? String.valueOf(value) : this.formats.som(value);
	}

	private String message(String key, String fallback) {
		return message(key, null, fallback);
	}

	private String message(String key, Object[] args, String fallback) {
		return this.messages.getMessage(key, args, fallback, LocaleContextHolder.getLocale());
	}

}
