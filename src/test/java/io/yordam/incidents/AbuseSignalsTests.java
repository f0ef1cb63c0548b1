package io.yordam.incidents;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** When a claim is flagged, alone: any signal reaching its threshold flags it. */
class AbuseSignalsTests {

	static final PlaybookSettings.AbuseThresholds THRESHOLDS = new PlaybookSettings.AbuseThresholds(4, 200_000, 2);

	@Test
	void belowEveryThresholdNothingIsFlagged() {
		AbuseSignals signals = AbuseSignals.of(3, 1, 199_999, THRESHOLDS);
		assertThat(signals.flagged()).isFalse();
		assertThat(signals).isEqualTo(new AbuseSignals(3, 1, 199_999, false));
	}

	@Test
	void eachSignalReachingItsThresholdFlagsTheClaim() {
		assertThat(AbuseSignals.of(4, 1, 0, THRESHOLDS).flagged()).as("claims in 30 days").isTrue();
		assertThat(AbuseSignals.of(0, 2, 0, THRESHOLDS).flagged()).as("claims on the order").isTrue();
		assertThat(AbuseSignals.of(0, 1, 200_000, THRESHOLDS).flagged()).as("compensated in 30 days").isTrue();
	}

}
