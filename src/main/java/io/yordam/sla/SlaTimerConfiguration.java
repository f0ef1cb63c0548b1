package io.yordam.sla;

import java.time.Duration;

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

	@Bean
	OneTimeTask<Void> slaWarningTask(@Lazy SlaTimerFiring firing) {
		return Tasks.oneTime(SlaTimers.WARNING)
			.onFailure(new FailureHandler.OnFailureRetryLater<>(Duration.ofSeconds(5)))
			.execute((instance, context) -> firing.warn(SlaTimers.clockOf(instance.getId()),
					SlaTimers.runOf(instance.getId())));
	}

	@Bean
	OneTimeTask<Void> slaBreachTask(@Lazy SlaTimerFiring firing) {
		return Tasks.oneTime(SlaTimers.BREACH)
			.onFailure(new FailureHandler.OnFailureRetryLater<>(Duration.ofSeconds(5)))
			.execute((instance, context) -> firing.breach(SlaTimers.clockOf(instance.getId()),
					SlaTimers.runOf(instance.getId())));
	}

}
