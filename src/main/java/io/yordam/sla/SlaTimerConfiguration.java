package io.yordam.sla;

import java.time.Duration;
import java.time.Instant;

import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.FailureHandler;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/**
 * The SLA timers. A firing that fails (the database away, a lost lock race) is tried
 * again 5 s later; the conditional update makes a second firing harmless.
 */
@Configuration(proxyBeanMethods = false)
class SlaTimerConfiguration {

	/**
	 * Fires at 75% (the warning) and, rescheduled, once more at 90% to tell the pages the
	 * clock turned red: one row per running clock at any time.
	 */
	@Bean
	CustomTask<Void> slaWarningTask(@Lazy SlaTimerFiring firing) {
		return Tasks.custom(SlaTimers.WARNING, Void.class)
			.onFailure(new FailureHandler.OnFailureRetryLater<>(Duration.ofSeconds(5)))
			.execute((instance, context) -> {
				Instant red = firing.warn(SlaTimers.clockOf(instance.getId()), SlaTimers.runOf(instance.getId()));
				return (red == null) ? new CompletionHandler.OnCompleteRemove<>()
						: (complete, operations) -> operations.reschedule(complete, red);
			});
	}

	@Bean
	OneTimeTask<Void> slaBreachTask(@Lazy SlaTimerFiring firing) {
		return Tasks.oneTime(SlaTimers.BREACH)
			.onFailure(new FailureHandler.OnFailureRetryLater<>(Duration.ofSeconds(5)))
			.execute((instance, context) -> firing.breach(SlaTimers.clockOf(instance.getId()),
					SlaTimers.runOf(instance.getId())));
	}

}
