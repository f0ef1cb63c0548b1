package io.yordam.common;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

@Configuration(proxyBeanMethods = false)
class CommonConfiguration {

	@Bean
	ConflictRetry conflictRetry(PlatformTransactionManager transactionManager) {
		return new ConflictRetry(transactionManager);
	}

}
