package io.yordam.routing;

import java.time.Duration;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WaitEstimateTests {

	static final Duration DEFAULT = Duration.ofMinutes(8);

	static final Duration FLOOR = Duration.ofMinutes(1);

	static final Duration CEILING = Duration.ofMinutes(60);

	static final List<Duration> TEN_MINUTES = Collections.nCopies(10, Duration.ofMinutes(10));

	@Test
	void unknownWhenNobodyIsOnline() {
		WaitEstimate.Estimate estimate = WaitEstimate.of(3, 0, 0, TEN_MINUTES, DEFAULT, FLOOR, CEILING);
		assertThat(estimate.estimated()).isNull();
		assertThat(estimate.waitMinutes()).isNull();
	}

	@Test
	void placesAheadTimesHandlingTimeOverTheCapacityOnline() {
		// 5 agents x 3 = 15 slots, all busy; 6th in line: 6 x 10 min / 15 = 4 min.
		assertThat(WaitEstimate.of(6, 15, 0, TEN_MINUTES, DEFAULT, FLOOR, CEILING).waitMinutes()).isEqualTo(4);
		// Two free slots: the first two in line go now (the floor), the sixth waits for
		// 4.
		assertThat(WaitEstimate.of(2, 15, 2, TEN_MINUTES, DEFAULT, FLOOR, CEILING).estimated()).isEqualTo(FLOOR);
		assertThat(WaitEstimate.of(6, 15, 2, TEN_MINUTES, DEFAULT, FLOOR, CEILING).estimated())
			.isEqualTo(Duration.ofMinutes(40).dividedBy(15));
	}

	@Test
	void aLongQueueIsMoreThanTheCeiling() {
		WaitEstimate.Estimate estimate = WaitEstimate.of(200, 3, 0, TEN_MINUTES, DEFAULT, FLOOR, CEILING);
		assertThat(estimate.overCeiling()).isTrue();
		assertThat(estimate.waitMinutes()).isEqualTo(60);
	}

	@Test
	void theMedianOfRecentHandlingTimesOrTheDefaultWhenTooFew() {
		assertThat(WaitEstimate.median(List.of(Duration.ofMinutes(1)), DEFAULT)).isEqualTo(DEFAULT);
		assertThat(WaitEstimate.median(List.of(Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(3),
				Duration.ofMinutes(4), Duration.ofMinutes(90)), DEFAULT))
			.isEqualTo(Duration.ofMinutes(3));
	}

}
