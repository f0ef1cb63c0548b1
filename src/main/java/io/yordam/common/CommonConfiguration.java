package io.yordam.common;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Listeners run after commit on their own threads (Spring Modulith also relies on this).
 */
@EnableAsync
@Configuration(proxyBeanMethods = false)
class CommonConfiguration {

	@Bean
	ConflictRetry conflictRetry(PlatformTransactionManager transactionManager) {
		return new ConflictRetry(transactionManager);
	}

}
