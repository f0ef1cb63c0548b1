package io.yordam.sla;

import java.util.UUID;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.exceptions.TaskInstanceException;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;

import org.springframework.beans.factory.annotation.Qualifier;

import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * A running clock's two persisted timers, the warning (at 75%) and the breach (when due),
 * written in the caller's transaction (db-scheduler's DataSource joins it). Their
 * instance is the clock and its run, so a timer of an earlier run is a different one.
 */
@Component
class SlaTimers {

	static final String WARNING = "sla-warning";

	static final String BREACH = "sla-breach";

	private final SchedulerClient scheduler;

	private final CustomTask<Void> warning;

	private final OneTimeTask<Void> breach;

	SlaTimers(@Lazy SchedulerClient scheduler, @Qualifier("slaWarningTask") CustomTask<Void> warning,
			@Qualifier("slaBreachTask") OneTimeTask<Void> breach) {
		this.scheduler = scheduler;
		this.warning = warning;
		this.breach = breach;
	}

	void schedule(SlaClock clock) {
		String instance = instance(clock.id(), clock.run());
		this.scheduler.scheduleIfNotExists(this.warning.instance(instance), clock.amberAt());
		this.scheduler.scheduleIfNotExists(this.breach.instance(instance), clock.dueAt());
	}

	/**
	 * Removes a paused or stopped run's timers. One already firing is left to find its
	 * run over (its conditional update changes nothing).
	 */
	void cancel(UUID clockId, int run) {
		for (String task : new String[] { WARNING, BREACH }) {
			try {
				this.scheduler.cancel(TaskInstanceId.of(task, instance(clockId, run)));
			}
			catch (TaskInstanceException ex) {
				// Fired already, or firing now: nothing to cancel.
			}
		}
	}

	static String instance(UUID clockId, int run) {
		return clockId + ":" + run;
	}

	static UUID clockOf(String instance) {
		return UUID.fromString(instance.substring(0, instance.indexOf(':')));
	}

	static int runOf(String instance) {
		return Integer.parseInt(instance.substring(instance.indexOf(':') + 1));
	}

}
