package io.yordam.observability;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param figuresTtl how long one read of the desk's figures serves every scrape and gauge
 * @param stuckAfter an event publication still incomplete after this long counts as stuck
 */
@ConfigurationProperties("yordam.metrics")
record MetricsProperties(Duration figuresTtl, Duration stuckAfter) {

	MetricsProperties {
		figuresTtl = (figuresTtl == null) ? Duration.ofSeconds(5) : figuresTtl;
		stuckAfter = (stuckAfter == null) ? Duration.ofMinutes(5) : stuckAfter;
	}

}
