package io.yordam.incidents;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What changed between two versions of the playbook settings, field by field. */
class PlaybookSettingsDiffTest {

	static PlaybookSettings with(List<PlaybookSettings.Bracket> brackets, long agentPerAction) {
		PlaybookSettings d = PlaybookSettings.defaults();
		Map<String, PlaybookSettings.Limit> limits = new java.util.HashMap<>(d.limits());
		limits.put("AGENT", new PlaybookSettings.Limit(agentPerAction, d.limits().get("AGENT").perShift()));
		return new PlaybookSettings(brackets, d.damagedKeepPercent(), d.damagedRedeliveryCompensation(),
				d.wrongOrderCompensation(), d.foodQualityCompensation(), limits, d.shiftHours(), d.abuse());
	}

	@Test
	void onlyWhatChangedIsListedInThePagesOrder() {
		PlaybookSettings before = PlaybookSettings.defaults();
		PlaybookSettings after = with(
				List.of(new PlaybookSettings.Bracket(15, 12_000), new PlaybookSettings.Bracket(30, 20_000),
						new PlaybookSettings.Bracket(60, 40_000), new PlaybookSettings.Bracket(90, 60_000)),
				100_000);
		assertThat(PlaybookSettingsDiff.between(before, after)).containsExactly(
				new PlaybookSettingsDiff.Change("lateBrackets[0].amount", 10_000L, 12_000L),
				new PlaybookSettingsDiff.Change("lateBrackets[3].minutesLate", null, 90L),
				new PlaybookSettingsDiff.Change("lateBrackets[3].amount", null, 60_000L),
				new PlaybookSettingsDiff.Change("limits.AGENT.perAction", 150_000L, 100_000L));
		assertThat(PlaybookSettingsDiff.between(after, before))
			.contains(new PlaybookSettingsDiff.Change("lateBrackets[3].minutesLate", 90L, null));
	}

	@Test
	void theSameSettingsHaveNoChanges() {
		assertThat(PlaybookSettingsDiff.between(PlaybookSettings.defaults(), PlaybookSettings.defaults())).isEmpty();
	}

}
