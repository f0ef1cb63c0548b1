package io.yordam.analytics;

import java.time.Duration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/**
 * The persisted retention roller: one node at a time (db-scheduler's row), every minute
 * by default ({@code yordam.analytics.retention-every}). How often it runs changes how
 * much of a page is read from contacts, never what the page says.
 */
@Configuration(proxyBeanMethods = false)
class RetentionConfiguration {

	static final String TASK = "analytics-retention";

	@Bean
	RecurringTask<Void> retentionRollerTask(@Lazy RetentionRoller roller,
			@Value("${yordam.analytics.retention-every:PT1M}") Duration every) {
		return Tasks.recurring(TASK, Schedules.fixedDelay(every)).execute((instance, context) -> roller.roll());
	}

}
