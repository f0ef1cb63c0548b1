package io.yordam.analytics;

import java.time.Instant;

import io.yordam.support.MutableClock;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** The application's clock at 23:40 in Tashkent (UTC+5) on 10 March 2031, movable. */
@TestConfiguration(proxyBeanMethods = false)
class LateEveningClock {

	static final Instant LATE_EVENING = Instant.parse("2031-03-10T18:40:00Z");

	@Bean
	MutableClock clock() {
		return new MutableClock(LATE_EVENING);
	}

}
