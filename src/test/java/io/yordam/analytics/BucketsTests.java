package io.yordam.analytics;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Percentiles from summed bucket counts: within the bucket the rank falls in. */
class BucketsTests {

	private final Buckets buckets = Buckets.upTo(60, 120, 300);

	@Test
	void aValueFallsInTheFirstBucketAtOrAboveItAndLargeOnesInTheOpenOne() {
		assertThat(this.buckets.of(0)).isZero();
		assertThat(this.buckets.of(60)).isZero();
		assertThat(this.buckets.of(61)).isEqualTo(1);
		assertThat(this.buckets.of(300)).isEqualTo(2);
		assertThat(this.buckets.of(301)).isEqualTo(3);
		assertThat(this.buckets.of(-5)).as("a clock that ran backwards counts as no wait").isZero();
		assertThat(this.buckets.count()).isEqualTo(4);
	}

	@Test
	void theMedianAndThe90thAreInterpolatedInTheirBuckets() {
		// 10 values: 4 under a minute, 4 between one and two, 2 between two and five.
		long[] counts = { 4, 4, 2, 0 };
		assertThat(this.buckets.percentile(counts, 0.5)).as("rank 5: the first of the second bucket's 4").isEqualTo(75);
		assertThat(this.buckets.percentile(counts, 0.9)).as("rank 9: halfway through the third bucket").isEqualTo(210);
		assertThat(this.buckets.percentile(counts, 0.4)).isEqualTo(60);
	}

	@Test
	void nothingCountedHasNoPercentileAndTheOpenBucketAnswersWithItsLowerBound() {
		assertThat(this.buckets.percentile(new long[4], 0.5)).isNull();
		assertThat(this.buckets.percentile(new long[] { 0, 0, 0, 3 }, 0.9)).isEqualTo(300);
	}

	@Test
	void summedHoursGiveTheSamePercentileAsOneHourWithEverything() {
		Totals monday = new Totals();
		Totals tuesday = new Totals();
		for (long seconds : new long[] { 20, 40, 100 }) {
			monday.add(Metric.FIRST_RESPONSE, Metric.FIRST_RESPONSE.bucketOf(seconds), 1, seconds);
		}
		for (long seconds : new long[] { 100, 1000 }) {
			tuesday.add(Metric.FIRST_RESPONSE, Metric.FIRST_RESPONSE.bucketOf(seconds), 1, seconds);
		}
		Totals both = new Totals();
		monday.addTo(both);
		tuesday.addTo(both);
		assertThat(both.count(Metric.FIRST_RESPONSE)).isEqualTo(5);
		assertThat(both.sum(Metric.FIRST_RESPONSE)).isEqualTo(1260);
		// The median of 20, 40, 100, 100 and 1000 is 100: rank 2.5 of 5 falls in (90,
		// 120].
		assertThat(both.percentile(Metric.FIRST_RESPONSE, 0.5)).isBetween(90L, 120L);
	}

}
