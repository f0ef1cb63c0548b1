package io.yordam.notices;

import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import io.yordam.common.InvalidInputException;
import io.yordam.incidents.PlaybookSettings;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The notice rules and late care's amounts, alone. */
class NoticePoliciesTests {

	private static final NoticePolicy POLICY = NoticePolicy.defaults();

	// 23:30 in Tashkent (UTC+5): within the default quiet hours 22-08.
	private static final Instant NIGHT = Instant.parse("2026-03-01T18:30:00Z");

	private static final Instant NOON = Instant.parse("2026-03-01T07:00:00Z");

	@Test
	void quietHoursSpanMidnightAndNoneWhenStartEqualsEnd() {
		assertThat(POLICY.quietAt(LocalTime.of(23, 0))).isTrue();
		assertThat(POLICY.quietAt(LocalTime.of(7, 59))).isTrue();
		assertThat(POLICY.quietAt(LocalTime.of(8, 0))).isFalse();
		assertThat(POLICY.quietAt(LocalTime.of(21, 59))).isFalse();
		NoticePolicy day = new NoticePolicy(10, 15, 13, 15, "Asia/Tashkent", 6, Map.of(), 0);
		assertThat(day.quietAt(LocalTime.of(14, 0))).isTrue();
		assertThat(day.quietAt(LocalTime.of(15, 0))).isFalse();
		assertThat(new NoticePolicy(10, 15, 5, 5, "Asia/Tashkent", 6, Map.of(), 0).quietAt(LocalTime.of(5, 0)))
			.isFalse();
	}

	@Test
	void quietHoursHoldBackADeliveryButNotNewsOfALateOrder() {
		assertThat(NoticeRules.decide(NoticeKind.DELIVERED, true, POLICY, NIGHT, "o-1"))
			.isEqualTo(NoticeStatus.QUIET_HOURS);
		assertThat(NoticeRules.decide(NoticeKind.DELIVERED, true, POLICY, NOON, "o-1")).isEqualTo(NoticeStatus.SENT);
		for (NoticeKind urgent : List.of(NoticeKind.ORDER_LATE, NoticeKind.ETA_CHANGED, NoticeKind.LATE_CARE_CREDITED,
				NoticeKind.PAYMENT_DECLINED)) {
			assertThat(NoticeRules.decide(urgent, true, POLICY, NIGHT, "o-1")).as(urgent.name())
				.isEqualTo(NoticeStatus.SENT);
		}
	}

	@Test
	void aKindSwitchedOffIsNotSentAtAnyHour() {
		assertThat(NoticeRules.decide(NoticeKind.ORDER_LATE, false, POLICY, NOON, "o-1"))
			.isEqualTo(NoticeStatus.SWITCHED_OFF);
		assertThat(NoticeRules.decide(NoticeKind.DELIVERED, false, POLICY, NIGHT, "o-1"))
			.isEqualTo(NoticeStatus.SWITCHED_OFF);
	}

	@Test
	void lateCarePaysTheBracketReachedWithinTheBotsLimitAndNotPastTheAbuseThreshold() {
		PlaybookSettings playbook = playbook(30_000);
		assertThat(LateCarePolicy.decide(false, 40, playbook, 0).outcome()).isEqualTo(LateCarePolicy.Outcome.OFF);
		assertThat(LateCarePolicy.decide(true, 14, playbook, 0).outcome())
			.isEqualTo(LateCarePolicy.Outcome.NOT_LATE_ENOUGH);
		assertThat(LateCarePolicy.decide(true, 15, playbook, 0)).isEqualTo(credited(10_000));
		assertThat(LateCarePolicy.decide(true, 59, playbook, 0)).isEqualTo(credited(20_000));
		assertThat(LateCarePolicy.decide(true, 90, playbook, 0)).as("capped by the bot's limit")
			.isEqualTo(credited(30_000));
		assertThat(LateCarePolicy.decide(true, 15, playbook, 195_000).outcome())
			.isEqualTo(LateCarePolicy.Outcome.ABUSE);
		assertThat(LateCarePolicy.decide(true, 15, playbook, 190_000)).isEqualTo(credited(10_000));
	}

	@Test
	void aPolicyThatCannotWorkIsRefusedNamingEachField() {
		NoticePolicy bad = new NoticePolicy(0, 15, 24, 8, "Mars/Olympus", 0,
				Map.of("Tashkent", new NoticePolicy.CityCare(true, -1)), 51);
		assertThatThrownBy(bad::validate).isInstanceOfSatisfying(InvalidInputException.class,
				ex -> assertThat(ex.violations()).extracting(InvalidInputException.Violation::field)
					.containsExactlyInAnyOrder("etaShiftMinutes", "quietFromHour", "perHourLimit", "zone",
							"lateCare.Tashkent", "holdoutPercent"));
		NoticePolicy.defaults().validate();
	}

	@Test
	void theHoldoutTakesThePolicysShareOfOrdersTheSameForEveryKindButNeverTheCreditOrTheDeclinedCard() {
		NoticePolicy fifth = new NoticePolicy(10, 15, 22, 8, "Asia/Tashkent", 6, Map.of(), 20);
		int held = 0;
		for (int i = 0; i < 10_000; i++) {
			String order = "o-" + java.util.UUID.randomUUID();
			boolean out = fifth.holdsOut(order);
			held += out ? 1 : 0;
			assertThat(NoticeRules.decide(NoticeKind.ORDER_LATE, true, fifth, NOON, order))
				.isEqualTo(out ? NoticeStatus.HELD_OUT : NoticeStatus.SENT);
			assertThat(NoticeRules.decide(NoticeKind.DELIVERED, true, fifth, NOON, order))
				.isEqualTo(out ? NoticeStatus.HELD_OUT : NoticeStatus.SENT);
			assertThat(NoticeRules.decide(NoticeKind.LATE_CARE_CREDITED, true, fifth, NOON, order))
				.isEqualTo(NoticeStatus.SENT);
			assertThat(NoticeRules.decide(NoticeKind.PAYMENT_DECLINED, true, fifth, NOON, order))
				.isEqualTo(NoticeStatus.SENT);
		}
		// 20 % of 10 000 random orders, within four standard deviations (40).
		assertThat(held).isBetween(1840, 2160);
		// A customer who switched a kind off is not in anyone's comparison.
		String heldOut = java.util.stream.Stream.generate(() -> "o-" + java.util.UUID.randomUUID())
			.filter(fifth::holdsOut)
			.findFirst()
			.orElseThrow();
		assertThat(NoticeRules.decide(NoticeKind.ORDER_LATE, false, fifth, NOON, heldOut))
			.isEqualTo(NoticeStatus.SWITCHED_OFF);
		assertThat(NoticePolicy.defaults().holdsOut(heldOut)).isFalse();
	}

	private static LateCarePolicy.Decision credited(long amount) {
		return new LateCarePolicy.Decision(LateCarePolicy.Outcome.CREDITED, amount);
	}

	private static PlaybookSettings playbook(long botPerAction) {
		return new PlaybookSettings(
				List.of(new PlaybookSettings.Bracket(15, 10_000), new PlaybookSettings.Bracket(30, 20_000),
						new PlaybookSettings.Bracket(60, 40_000)),
				50, 15_000, 15_000, 10_000, Map.of("BOT", new PlaybookSettings.Limit(botPerAction, 3_000_000)), 12,
				new PlaybookSettings.AbuseThresholds(4, 200_000, 2));
	}

}
