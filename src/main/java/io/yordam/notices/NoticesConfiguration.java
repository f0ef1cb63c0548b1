package io.yordam.notices;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/** The persisted timer that finds an order late (its data: the customer's language). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NoticeDefaults.class)
class NoticesConfiguration {

	static final String LATE_TASK = "notice-late";

	@Bean
	OneTimeTask<String> noticeLateTask(@Lazy LateWatch watch) {
		return Tasks.oneTime(LATE_TASK, String.class)
			.execute((instance, context) -> watch.check(instance.getId(), instance.getData()));
	}

}
