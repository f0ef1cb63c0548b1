package io.yordam.routing;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/**
 * The persisted sweep: one node at a time (db-scheduler's row), on the application's
 * clock, marks inactive agents away and offers again whatever still waits (a safety net
 * for a re-offer lost with a node).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RoutingProperties.class)
class RoutingConfiguration {

	static final String SWEEP = "routing-sweep";

	@Bean
	RecurringTask<Void> routingSweepTask(RoutingProperties properties, @Lazy AgentAvailability availability,
			@Lazy TicketRouter router) {
		return Tasks.recurring(SWEEP, Schedules.fixedDelay(properties.sweepEvery())).execute((instance, context) -> {
			availability.markInactiveAway();
			router.drain();
		});
	}

}
