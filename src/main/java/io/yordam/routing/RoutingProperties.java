package io.yordam.routing;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Routing's settings: how long without activity makes an online agent away, how often the
 * sweep runs (away marks, and a re-offer of what still waits), the cities an agent may
 * know, and the bounds of the customer's wait estimate.
 */
@ConfigurationProperties("yordam.routing")
record RoutingProperties(Duration awayAfter, Duration sweepEvery, List<String> cities, Duration defaultHandlingTime,
		Duration waitFloor, Duration waitCeiling, Duration handlingWindow, int maxCapacity) {

	RoutingProperties {
		awayAfter = (awayAfter != null) ? awayAfter : Duration.ofMinutes(5);
		sweepEvery = (sweepEvery != null) ? sweepEvery : Duration.ofSeconds(30);
		cities = (cities != null && !cities.isEmpty()) ? List.copyOf(cities)
				: List.of("Tashkent", "Samarkand", "Bukhara", "Andijan", "Fergana", "Kokand");
		defaultHandlingTime = (defaultHandlingTime != null) ? defaultHandlingTime : Duration.ofMinutes(8);
		waitFloor = (waitFloor != null) ? waitFloor : Duration.ofMinutes(1);
		waitCeiling = (waitCeiling != null) ? waitCeiling : Duration.ofMinutes(60);
		handlingWindow = (handlingWindow != null) ? handlingWindow : Duration.ofHours(4);
		maxCapacity = (maxCapacity > 0) ? maxCapacity : 20;
	}

}
