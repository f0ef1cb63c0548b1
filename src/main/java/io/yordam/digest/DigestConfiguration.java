package io.yordam.digest;

import java.time.Clock;
import java.time.Duration;

import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.yordam.access.Staff;
import io.yordam.analytics.WeeklyFigures;
import io.yordam.common.ConflictRetry;
import io.yordam.common.PublicUrls;
import io.yordam.ui.Plurals;

/**
 * The weekly report, on when the email channel is (it sends through it) unless
 * {@code yordam.digest.weekly.enabled} is off: a persisted recurring timer
 * ({@code weekly-report}, db-scheduler, so one node runs it), retried ten minutes after a
 * failure rather than a week later.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("${yordam.email.enabled:false} and ${yordam.digest.weekly.enabled:true}")
@EnableConfigurationProperties(DigestProperties.class)
class DigestConfiguration {

	static final String TASK = "weekly-report";

	@Bean
	WeeklyReports weeklyReports(WeeklyFigures figures, Staff staff, StaffMail mail, MessageSource messages,
			Plurals plurals, PublicUrls urls, ConflictRetry retry, Clock clock, DigestProperties properties) {
		return new WeeklyReports(figures, staff, mail, new WeeklyReportText(messages, plurals, urls, properties.top()),
				retry, clock, properties);
	}

	@Bean
	RecurringTask<Void> weeklyReportTask(WeeklyReports reports, DigestProperties properties) {
		return Tasks.recurring(TASK, Schedules.cron(properties.cron(), properties.zone()))
			.onFailure(new FailureHandler.OnFailureRetryLater<>(Duration.ofMinutes(10)))
			.execute((instance, context) -> reports.sendLastWeek());
	}

}
