package io.yordam.push;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.ExecutionOperations;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.yordam.common.ConflictRetry;
import io.yordam.common.RetryBackoff;

/**
 * The devices and deliveries, whichever transports the plug-in packages provide (none:
 * notices are not pushed). One persisted one-time task sends a delivery; its failure
 * handler waits as the push service said (Retry-After) or backs off.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PushProperties.class)
class PushConfiguration {

	static final String SEND = "push-send";

	@Bean
	PushDevices pushDevices(JdbcClient jdbc, ConflictRetry retry, Clock clock) {
		return new PushDevices(jdbc, retry, clock);
	}

	@Bean
	PushDeliveries pushDeliveries(JdbcClient jdbc, @Lazy SchedulerClient scheduler, OneTimeTask<Void> pushSendTask,
			List<PushTransport> transports, ConflictRetry retry, Clock clock) {
		return new PushDeliveries(jdbc, scheduler, pushSendTask, byKind(transports), retry, clock);
	}

	@Bean
	PushSender pushSender(JdbcClient jdbc, List<PushTransport> transports, PushProperties properties,
			MeterRegistry meters, Clock clock) {
		return new PushSender(jdbc, byKind(transports), properties.maxAttempts(), meters, clock);
	}

	@Bean
	OneTimeTask<Void> pushSendTask(@Lazy PushSender sender, PushProperties properties, Clock clock) {
		return Tasks.oneTime(SEND)
			.onFailure(new AfterPushServicesWait(clock,
					new RetryBackoff(clock, properties.retryFirst(), properties.retryMax())))
			.execute((instance, context) -> sender.attempt(UUID.fromString(instance.getId())));
	}

	private static Map<DeviceKind, PushTransport> byKind(List<PushTransport> transports) {
		return transports.stream().collect(Collectors.toUnmodifiableMap(PushTransport::kind, Function.identity()));
	}

	/** A push service's Retry-After, exactly; any other failure backs off. */
	record AfterPushServicesWait(Clock clock, RetryBackoff otherwise) implements FailureHandler<Void> {

		@Override
		public void onFailure(ExecutionComplete complete, ExecutionOperations<Void> operations) {
			Throwable cause = complete.getCause().orElse(null);
			while (cause != null && !(cause instanceof PushSender.TryLater)) {
				cause = cause.getCause();
			}
			if (cause instanceof PushSender.TryLater later && later.retryAfter() != null) {
				operations.reschedule(complete, this.clock.instant().plus(later.retryAfter()));
				return;
			}
			this.otherwise.onFailure(complete, operations);
		}

	}

}
