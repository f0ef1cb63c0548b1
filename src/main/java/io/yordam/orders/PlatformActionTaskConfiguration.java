package io.yordam.orders;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.ExecutionOperations;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/** The persisted timer that sends (and resends) the outbox's requests. */
@Configuration(proxyBeanMethods = false)
class PlatformActionTaskConfiguration {

	static final String NAME = "platform-action";

	@Bean
	OneTimeTask<Void> platformActionTask(@Lazy PlatformOutbox outbox, Clock clock, PlatformProperties properties) {
		return Tasks.oneTime(NAME)
			.onFailure(new PlatformActionBackoff(clock, properties.retryFirst(), properties.retryMax()))
			.execute((instance, context) -> outbox.attempt(UUID.fromString(instance.getId())));
	}

	/**
	 * Tries again after 2 s, 4 s, 8 s … up to a ceiling (5 min by default), for as long
	 * as it takes: a request is never dropped while the platform is down.
	 */
	record PlatformActionBackoff(Clock clock, Duration first, Duration max) implements FailureHandler<Void> {

		@Override
		public void onFailure(ExecutionComplete complete, ExecutionOperations<Void> operations) {
			int failures = Math.min(complete.getExecution().consecutiveFailures, 20);
			Duration delay = this.first.multipliedBy(1L << Math.min(failures, 16));
			if (delay.compareTo(this.max) > 0) {
				delay = this.max;
			}
			operations.reschedule(complete, this.clock.instant().plus(delay));
		}

	}

}
