package io.yordam.routing;

import java.time.Duration;
import java.util.List;

/**
 * The customer's honest wait: how many are ahead, the slots free now, and how fast slots
 * free up. With {@code C} the capacity of the agents online on the line, {@code F} their
 * free slots and {@code H} the median handling time of recently solved tickets, a
 * customer at place {@code p} waits about {@code max(0, p - F) × H / C}: each of the
 * {@code C} slots frees about once per {@code H}. Bounded below by a floor (routing is
 * not instantaneous for a person to answer) and above by a ceiling (beyond it we say
 * "more than"); unknown when nobody is online.
 */
final class WaitEstimate {

	/**
	 * Fewer recent samples than this, and the configured default handling time is used.
	 */
	static final int MIN_SAMPLES = 5;

	private WaitEstimate() {
	}

	static Estimate of(long place, int onlineCapacity, int freeSlots, List<Duration> handlingTimes,
			Duration defaultHandling, Duration floor, Duration ceiling) {
		if (onlineCapacity <= 0) {
			return new Estimate(place, null, false);
		}
		Duration handling = median(handlingTimes, defaultHandling);
		long ahead = Math.max(0, place - freeSlots);
		Duration wait = handling.multipliedBy(ahead).dividedBy(onlineCapacity);
		if (wait.compareTo(ceiling) > 0) {
			return new Estimate(place, ceiling, true);
		}
		return new Estimate(place, (wait.compareTo(floor) < 0) ? floor : wait, false);
	}

	static Duration median(List<Duration> samples, Duration fallback) {
		if (samples.size() < MIN_SAMPLES) {
			return fallback;
		}
		List<Duration> sorted = samples.stream().sorted().toList();
		return sorted.get(sorted.size() / 2);
	}

	/**
	 * {@code estimated} null: unknown (nobody online); {@code overCeiling}: "more than".
	 */
	record Estimate(long place, Duration estimated, boolean overCeiling) {

		Long waitMinutes() {
			return (this.estimated != null) ? Math.max(1, (this.estimated.toSeconds() + 59) / 60) : null;
		}

	}

}
