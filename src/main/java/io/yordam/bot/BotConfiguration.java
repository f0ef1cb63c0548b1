package io.yordam.bot;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BotProperties.class)
class BotConfiguration {

	/** Trained at start-up (a few seconds), so the first customer is answered at once. */
	@Bean
	IntentClassifier intentClassifier() {
		return IntentClassifier.standard();
	}

}
