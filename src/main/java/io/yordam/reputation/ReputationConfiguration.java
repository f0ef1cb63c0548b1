package io.yordam.reputation;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.yordam.bot.IntentClassifier;
import io.yordam.orders.Orders;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReputationProperties.class)
class ReputationConfiguration {

	@Bean
	NegativeReviewPolicy negativeReviewPolicy(ReputationProperties properties) {
		return new NegativeReviewPolicy(properties.negativeAtMost());
	}

	@Bean
	ReviewMatching reviewMatching(Orders orders) {
		return new ReviewMatching(orders);
	}

	@Bean
	ReviewReading reviewReading(IntentClassifier classifier) {
		return new ReviewReading(classifier);
	}

}
