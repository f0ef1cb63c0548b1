package io.yordam.access;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The throttle's policy alone: a few mistakes are free, the lock doubles and is capped,
 * and the account-wide lock (what an attacker elsewhere can impose on a real agent) is
 * the shortest.
 */
class SignInLimitsTests {

	static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

	@Test
	void aFewMistakesAreFree() {
		assertThat(SignInLimits.PAIR.lockAfter(4, NOW)).isEmpty();
		assertThat(SignInLimits.ACCOUNT.lockAfter(9, NOW)).isEmpty();
		assertThat(SignInLimits.ADDRESS.lockAfter(29, NOW)).isEmpty();
	}

	@Test
	void theLockDoublesWithEachFailureUpToItsCap() {
		assertThat(SignInLimits.PAIR.lockAfter(5, NOW)).contains(NOW.plusSeconds(30));
		assertThat(SignInLimits.PAIR.lockAfter(6, NOW)).contains(NOW.plusSeconds(60));
		assertThat(SignInLimits.PAIR.lockAfter(8, NOW)).contains(NOW.plusSeconds(240));
		assertThat(SignInLimits.PAIR.lockAfter(30, NOW)).contains(NOW.plus(Duration.ofMinutes(15)));
		assertThat(SignInLimits.PAIR.lockAfter(Integer.MAX_VALUE, NOW)).contains(NOW.plus(Duration.ofMinutes(15)));
	}

	@Test
	void anAttackerElsewhereLocksARealAgentOutForFiveMinutesAtMost() {
		for (int failures = 0; failures < 10_000; failures += 7) {
			SignInLimits.ACCOUNT.lockAfter(failures, NOW)
				.ifPresent(
						until -> assertThat(Duration.between(NOW, until)).isLessThanOrEqualTo(Duration.ofMinutes(5)));
		}
	}

}
