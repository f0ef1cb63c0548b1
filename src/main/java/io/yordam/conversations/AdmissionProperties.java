package io.yordam.conversations;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many customer sends one node works on at once, how much work handed over after
 * commit (live broadcasts, the bot) may wait before new sends are shed, and how long a
 * refused sender is asked to wait. The defaults suit 2 cores and a pool of 10
 * connections: a little above the pool keeps every connection busy, and a send never
 * waits behind more than about a dozen others (at 10–30 ms of CPU each, a few hundred
 * milliseconds at worst).
 */
@ConfigurationProperties("yordam.chat.admission")
record AdmissionProperties(@DefaultValue("16") int maxInFlight, @DefaultValue("200") int maxBacklog,
		@DefaultValue("PT2S") Duration retryAfter) {

	AdmissionProperties {
		if (maxInFlight < 1) {
			throw new IllegalArgumentException("yordam.chat.admission.max-in-flight must be at least 1");
		}
		if (maxBacklog < 1) {
			throw new IllegalArgumentException("yordam.chat.admission.max-backlog must be at least 1");
		}
		if (retryAfter.isNegative() || retryAfter.isZero()) {
			throw new IllegalArgumentException("yordam.chat.admission.retry-after must be positive");
		}
	}

}
