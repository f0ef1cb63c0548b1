package io.yordam.analytics;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The recurring-problem rule alone, on hand-made counts. */
class RisingContactRateTests {

	@Test
	void aRestaurantThreeTimesItsOwnRateOnTheSameVolumeIsRising() {
		// Baseline: 40 contacts on 4,000 orders (10 per 1,000); this week 30 on 1,000.
		RisingContactRate.Verdict verdict = RisingContactRate.judge(30, 1000, 40, 4000);
		assertThat(verdict).isInstanceOf(RisingContactRate.Rising.class);
		RisingContactRate.Rising rising = (RisingContactRate.Rising) verdict;
		assertThat(rising.ratePer1000()).isEqualTo(30.0);
		assertThat(rising.baselinePer1000()).isEqualTo(10.0);
		assertThat(rising.z()).isGreaterThan(6);
	}

	@Test
	void theSameRateAsBeforeIsSteadyAndSoIsANoisyRiseOnFewContacts() {
		assertThat(RisingContactRate.judge(10, 1000, 40, 4000)).isInstanceOf(RisingContactRate.Steady.class);
		assertThat(RisingContactRate.judge(13, 1000, 40, 4000)).as("z about 1: noise")
			.isInstanceOf(RisingContactRate.Steady.class);
		// From none in 100 orders to 4 in 25: a big rate, but 4 contacts are too few.
		assertThat(RisingContactRate.judge(4, 25, 0, 100)).isInstanceOf(RisingContactRate.Steady.class);
	}

	@Test
	void aSignificantButSmallRiseOnHugeVolumeIsNotAProblemToCallAbout() {
		// 1.2 times the baseline on 100,000 orders: z is large, the ratio is not.
		assertThat(RisingContactRate.judge(1200, 100_000, 4000, 400_000)).isInstanceOf(RisingContactRate.Steady.class);
	}

	@Test
	void aCleanBaselineStillJudgesABadWeek() {
		assertThat(RisingContactRate.judge(8, 200, 0, 800)).isInstanceOf(RisingContactRate.Rising.class);
	}

	@Test
	void withoutOrdersThisWeekOrEnoughBeforeThereIsNoBaseline() {
		assertThat(RisingContactRate.judge(5, 0, 10, 1000)).isInstanceOf(RisingContactRate.NoBaseline.class);
		assertThat(RisingContactRate.judge(5, 100, 1, 10)).isInstanceOf(RisingContactRate.NoBaseline.class);
	}

}
