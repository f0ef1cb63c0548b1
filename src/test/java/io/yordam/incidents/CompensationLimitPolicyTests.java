package io.yordam.incidents;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Who may pay an option without a supervisor, alone. */
class CompensationLimitPolicyTests {

	static final PlaybookSettings.Limit AGENT = new PlaybookSettings.Limit(150_000, 600_000);

	static final PlaybookSettings.AbuseThresholds THRESHOLDS = PlaybookSettings.defaults().abuse();

	static final AbuseSignals CLEAN = AbuseSignals.of(0, 1, 0, THRESHOLDS);

	static final AbuseSignals FLAGGED = AbuseSignals.of(4, 1, 0, THRESHOLDS);

	static CompensationLimitPolicy.Decision check(long cost, long paidThisShift, AbuseSignals signals) {
		return CompensationLimitPolicy.check(cost, AGENT, paidThisShift, signals);
	}

	@Test
	void aCostBelowZeroIsPaidByNobodyBeforeAnyLimitIsRead() {
		assertThat(check(-1, 0, CLEAN)).isEqualTo(new CompensationLimitPolicy.Refused("invalid-amount"));
		assertThat(check(Long.MIN_VALUE, 0, FLAGGED)).isEqualTo(new CompensationLimitPolicy.Refused("invalid-amount"));
	}

	@Test
	void nothingToPayNeedsNobodyEvenOnAFlaggedClaim() {
		assertThat(check(0, 10_000_000, FLAGGED)).isInstanceOf(CompensationLimitPolicy.Allowed.class);
	}

	@Test
	void aFlaggedClaimGoesToASupervisorWhateverItCosts() {
		assertThat(check(1, 0, FLAGGED)).isEqualTo(new CompensationLimitPolicy.NeedsApproval("abuse-signal"));
		assertThat(check(1_000_000, 0, FLAGGED)).isEqualTo(new CompensationLimitPolicy.NeedsApproval("abuse-signal"));
	}

	@Test
	void upToTheLimitPerActionTheRequesterPaysAboveItASupervisorDecides() {
		assertThat(check(150_000, 0, CLEAN)).isInstanceOf(CompensationLimitPolicy.Allowed.class);
		assertThat(check(150_001, 0, CLEAN)).isEqualTo(new CompensationLimitPolicy.NeedsApproval("over-action-limit"));
	}

	@Test
	void theShiftsLimitCountsWhatWasPaidAlready() {
		assertThat(check(100_000, 500_000, CLEAN)).isInstanceOf(CompensationLimitPolicy.Allowed.class);
		assertThat(check(100_000, 500_001, CLEAN))
			.isEqualTo(new CompensationLimitPolicy.NeedsApproval("over-shift-limit"));
	}

	@Test
	void aRoleWithoutLimitsPaysNothingAlone() {
		PlaybookSettings.Limit none = PlaybookSettings.defaults().limitOf(Acting.Role.SYSTEM);
		assertThat(CompensationLimitPolicy.check(1, none, 0, CLEAN))
			.isEqualTo(new CompensationLimitPolicy.NeedsApproval("over-action-limit"));
		assertThat(CompensationLimitPolicy.check(0, none, 0, CLEAN))
			.isInstanceOf(CompensationLimitPolicy.Allowed.class);
	}

}
