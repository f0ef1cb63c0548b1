package io.yordam.common;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Time is a dependency: business code asks this clock, and tests replace it. */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

	/** The reference deployment's zone; instants are stored in UTC regardless. */
	static final ZoneId ZONE = ZoneId.of("Asia/Tashkent");

	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.system(ZONE);
	}

	/**
	 * db-scheduler reads time from the same clock, so a persisted timer (an SLA breach, a
	 * platform resend) is due by the application's time: a test that moves the clock sees
	 * the timer fire without waiting. The bean name replaces the starter's system clock.
	 */
	@Bean
	com.github.kagkarlsson.scheduler.Clock dbSchedulerClock(Clock clock) {
		return clock::instant;
	}

}
