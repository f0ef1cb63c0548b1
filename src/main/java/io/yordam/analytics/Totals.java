package io.yordam.analytics;

import java.util.EnumMap;
import java.util.Map;

/** The rollups of one cut and period, summed: per metric its count, sum and buckets. */
final class Totals {

	static final Totals NONE = new Totals();

	private final Map<Metric, Tally> tallies = new EnumMap<>(Metric.class);

	void add(Metric metric, int bucket, long n, long total) {
		Tally tally = this.tallies.computeIfAbsent(metric, Tally::new);
		tally.n += n;
		tally.total += total;
		if (metric.buckets() != null && bucket < tally.counts.length) {
			tally.counts[bucket] += n;
		}
	}

	/** Adds these totals into another. */
	void addTo(Totals sum) {
		this.tallies.forEach((metric, tally) -> {
			Totals.Tally into = sum.tallies.computeIfAbsent(metric, Tally::new);
			into.n += tally.n;
			into.total += tally.total;
			for (int i = 0; i < tally.counts.length; i++) {
				into.counts[i] += tally.counts[i];
			}
		});
	}

	long count(Metric metric) {
		Tally tally = this.tallies.get(metric);
		return (tally != null) ? tally.n : 0;
	}

	long sum(Metric metric) {
		Tally tally = this.tallies.get(metric);
		return (tally != null) ? tally.total : 0;
	}

	/** A timed metric's percentile in seconds; null when nothing was counted. */
	Long percentile(Metric metric, double p) {
		Tally tally = this.tallies.get(metric);
		return (tally != null) ? metric.buckets().percentile(tally.counts, p) : null;
	}

	private static final class Tally {

		private long n;

		private long total;

		private final long[] counts;

		Tally(Metric metric) {
			this.counts = new long[(metric.buckets() != null) ? metric.buckets().count() : 0];
		}

	}

}
