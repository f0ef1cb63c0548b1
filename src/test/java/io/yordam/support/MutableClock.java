package io.yordam.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * A clock the test moves by hand: locks, expiries and schedules are waited out without
 * waiting. As the application's clock ({@link AppClock}), it starts at the real time, so
 * sessions and other timers are unaffected.
 */
public final class MutableClock extends Clock {

	private volatile Instant now;

	public MutableClock(Instant start) {
		this.now = start;
	}

	public void advance(Duration duration) {
		this.now = this.now.plus(duration);
	}

	@Override
	public Instant instant() {
		return this.now;
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return this;
	}

	/** Makes a mutable clock, started now, the application's clock. */
	@TestConfiguration(proxyBeanMethods = false)
	public static class AppClock {

		@Bean
		MutableClock clock() {
			return new MutableClock(Instant.now());
		}

	}

}
