package io.yordam.incidents;

import java.util.ArrayList;
import java.util.List;

/**
 * What changed between two versions of the playbook settings, field by field, in the
 * order the settings page shows them. A bracket added or removed is a change from or to
 * nothing.
 */
public final class PlaybookSettingsDiff {

	private PlaybookSettingsDiff() {
	}

	/**
	 * One field that changed.
	 *
	 * @param field its path in the settings ({@code lateBrackets[0].amount},
	 * {@code limits.AGENT.perShift}, {@code shiftHours}…)
	 * @param before its value before, or null when it did not exist
	 * @param after its value after, or null when it no longer exists
	 */
	public record Change(String field, Long before, Long after) {
	}

	public static List<Change> between(PlaybookSettings before, PlaybookSettings after) {
		List<Change> changes = new ArrayList<>();
		int brackets = Math.max(before.lateBrackets().size(), after.lateBrackets().size());
		for (int i = 0; i < brackets; i++) {
			PlaybookSettings.Bracket was = (i < before.lateBrackets().size()) ? before.lateBrackets().get(i) : null;
			PlaybookSettings.Bracket is = (i < after.lateBrackets().size()) ? after.lateBrackets().get(i) : null;
			add(changes, "lateBrackets[" + i + "].minutesLate", (was != null) ? (long) was.minutesLate() : null,
					(is != null) ? (long) is.minutesLate() : null);
			add(changes, "lateBrackets[" + i + "].amount", (was != null) ? was.amount() : null,
					(is != null) ? is.amount() : null);
		}
		add(changes, "damagedKeepPercent", before.damagedKeepPercent(), after.damagedKeepPercent());
		add(changes, "damagedRedeliveryCompensation", before.damagedRedeliveryCompensation(),
				after.damagedRedeliveryCompensation());
		add(changes, "wrongOrderCompensation", before.wrongOrderCompensation(), after.wrongOrderCompensation());
		add(changes, "foodQualityCompensation", before.foodQualityCompensation(), after.foodQualityCompensation());
		// Saved settings have limits for these roles only (PlaybookSettings.validate).
		for (String role : PlaybookSettings.ROLES) {
			PlaybookSettings.Limit was = before.limits().get(role);
			PlaybookSettings.Limit is = after.limits().get(role);
			add(changes, "limits." + role + ".perAction", (was != null) ? was.perAction() : null,
					(is != null) ? is.perAction() : null);
			add(changes, "limits." + role + ".perShift", (was != null) ? was.perShift() : null,
					(is != null) ? is.perShift() : null);
		}
		add(changes, "shiftHours", before.shiftHours(), after.shiftHours());
		add(changes, "abuse.claimsIn30Days", before.abuse().claimsIn30Days(), after.abuse().claimsIn30Days());
		add(changes, "abuse.claimsPerOrder", before.abuse().claimsPerOrder(), after.abuse().claimsPerOrder());
		add(changes, "abuse.compensatedIn30Days", before.abuse().compensatedIn30Days(),
				after.abuse().compensatedIn30Days());
		return changes;
	}

	private static void add(List<Change> changes, String field, Number before, Number after) {
		Long was = (before != null) ? before.longValue() : null;
		Long is = (after != null) ? after.longValue() : null;
		if (!java.util.Objects.equals(was, is)) {
			changes.add(new Change(field, was, is));
		}
	}

}
