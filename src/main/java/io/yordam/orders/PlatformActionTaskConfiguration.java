package io.yordam.orders;

import java.time.Clock;
import java.util.UUID;

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
			.onFailure(new io.yordam.common.RetryBackoff(clock, properties.retryFirst(), properties.retryMax()))
			.execute((instance, context) -> outbox.attempt(UUID.fromString(instance.getId())));
	}

}
