package io.yordam.workspace;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.yordam.common.InvalidInputException;
import io.yordam.incidents.PlaybookSettings;

/**
 * The playbook settings page's form read into settings; a field not a number is named.
 */
final class PlaybookSettingsForm {

	static final List<String> ROLES = List.of("AGENT", "SUPERVISOR", "ADMIN", "BOT");

	private PlaybookSettingsForm() {
	}

	static PlaybookSettings read(Map<String, String> form, List<InvalidInputException.Violation> bad) {
		List<PlaybookSettings.Bracket> brackets = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			String minutes = form.get("bracket" + i + "Minutes");
			String amount = form.get("bracket" + i + "Amount");
			if (blank(minutes) && blank(amount)) {
				continue;
			}
			brackets.add(new PlaybookSettings.Bracket(integer(form, "bracket" + i + "Minutes", bad),
					number(form, "bracket" + i + "Amount", bad)));
		}
		Map<String, PlaybookSettings.Limit> limits = new LinkedHashMap<>();
		for (String role : ROLES) {
			limits.put(role, new PlaybookSettings.Limit(number(form, "limit" + role + "PerAction", bad),
					number(form, "limit" + role + "PerShift", bad)));
		}
		return new PlaybookSettings(brackets, integer(form, "damagedKeepPercent", bad),
				number(form, "damagedRedeliveryCompensation", bad), number(form, "wrongOrderCompensation", bad),
				number(form, "foodQualityCompensation", bad), limits, integer(form, "shiftHours", bad),
				new PlaybookSettings.AbuseThresholds(integer(form, "abuseClaims", bad),
						number(form, "abuseCompensated", bad), integer(form, "abuseClaimsPerOrder", bad)));
	}

	static long number(Map<String, String> form, String field, List<InvalidInputException.Violation> bad) {
		try {
			return Long.parseLong(form.getOrDefault(field, "").strip().replace(" ", ""));
		}
		catch (NumberFormatException ex) {
			bad.add(new InvalidInputException.Violation(field, "number", "A whole number"));
			return 0;
		}
	}

	static int integer(Map<String, String> form, String field, List<InvalidInputException.Violation> bad) {
		return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, number(form, field, bad)));
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
