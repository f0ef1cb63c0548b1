package io.yordam.analytics;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The recurring problems' baselines (each dimension's contacts and orders over the four
 * weeks before this week), kept for a while ({@code yordam.analytics.baseline-kept}, ten
 * minutes by default; zero reads them every time). Those days are at least a week old,
 * and contacts and orders are counted at their own moment, so they change only with what
 * arrives late (an order synced late, an old ticket linked to its order, an event
 * delivered again after a failure), which reaches the baseline within that while. This
 * week is read on every request.
 */
@Component
class Baselines {

	private static final List<Metric> COUNTED = List.of(Metric.CONTACTS, Metric.ORDERS);

	private final CutReader cuts;

	private final Clock clock;

	private final Duration kept;

	private final Map<Key, Kept> read = new ConcurrentHashMap<>();

	Baselines(CutReader cuts, Clock clock, @Value("${yordam.analytics.baseline-kept:PT10M}") Duration kept) {
		this.cuts = cuts;
		this.clock = clock;
		this.kept = kept;
	}

	/** Per value of the dimension, its contacts and orders over the baseline's days. */
	Map<String, Totals> of(Dimension dim, Period baseline) {
		Instant now = this.clock.instant();
		Key key = new Key(dim, baseline);
		Kept known = this.read.get(key);
		if (known != null && now.isBefore(known.until())) {
			return known.counts();
		}
		Map<String, Totals> counts = this.cuts.counts(dim, baseline, COUNTED);
		if (this.kept.isPositive()) {
			// Yesterday's baselines are never asked again.
			this.read.keySet().removeIf(k -> !k.baseline().equals(baseline));
			this.read.put(key, new Kept(counts, now.plus(this.kept)));
		}
		return counts;
	}

	private record Key(Dimension dim, Period baseline) {
	}

	private record Kept(Map<String, Totals> counts, Instant until) {
	}

}
