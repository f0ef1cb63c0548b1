package io.yordam.common;

import java.time.Clock;
import java.time.Duration;

import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.ExecutionOperations;
import com.github.kagkarlsson.scheduler.task.FailureHandler;

/**
 * A persisted send that failed is tried again after {@code first}, twice that, four times
 * … up to {@code max} apart, for as long as it takes: the outboxes (the platform's
 * requests, email replies) never drop what they hold while the other side is down.
 */
public record RetryBackoff(Clock clock, Duration first, Duration max) implements FailureHandler<Void> {

	@Override
	public void onFailure(ExecutionComplete complete, ExecutionOperations<Void> operations) {
		int failures = Math.min(complete.getExecution().consecutiveFailures, 16);
		Duration delay = this.first.multipliedBy(1L << failures);
		operations.reschedule(complete, this.clock.instant().plus((delay.compareTo(this.max) > 0) ? this.max : delay));
	}

}
