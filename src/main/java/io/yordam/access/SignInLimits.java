package io.yordam.access;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How long a run of failed sign-ins locks a key. The pair (account, address) is what an
 * attacker at one address controls: its lock doubles from a few failures up to a quarter
 * of an hour. The account from any address locks later and shorter, so that an attacker
 * elsewhere cannot keep a real agent out for long; the address alone catches one address
 * trying many accounts. A run ends an hour after its last failure.
 */
enum SignInLimits {

	PAIR(5, Duration.ofSeconds(30), Duration.ofMinutes(15)),

	ACCOUNT(10, Duration.ofSeconds(30), Duration.ofMinutes(5)),

	ADDRESS(30, Duration.ofMinutes(1), Duration.ofMinutes(15));

	static final Duration RUN_ENDS_AFTER = Duration.ofHours(1);

	private final int freeFailures;

	private final Duration firstLock;

	private final Duration longestLock;

	SignInLimits(int freeFailures, Duration firstLock, Duration longestLock) {
		this.freeFailures = freeFailures;
		this.firstLock = firstLock;
		this.longestLock = longestLock;
	}

	/** The lock that the given number of failures in a run earns, if any. */
	Optional<Instant> lockAfter(int failures, Instant now) {
		if (failures < this.freeFailures) {
			return Optional.empty();
		}
		int doublings = Math.min(failures - this.freeFailures, 20);
		Duration lock = this.firstLock.multipliedBy(1L << doublings);
		return Optional.of(now.plus((lock.compareTo(this.longestLock) > 0) ? this.longestLock : lock));
	}

	/** The decision before a password is even checked. */
	sealed interface Decision {

	}

	record Allowed() implements Decision {
	}

	record Locked(Instant until) implements Decision {
	}

}
