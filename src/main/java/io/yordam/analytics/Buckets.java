package io.yordam.analytics;

import java.util.Arrays;

/**
 * Fixed histogram buckets: a value falls in the first bucket whose upper bound is at or
 * above it, the last bucket is open. Stored per hour, so a percentile of any period is
 * read from the summed counts; within a bucket it is interpolated linearly, so a figure
 * is as precise as its bucket is narrow (15 s under two minutes, a few minutes under an
 * hour).
 */
final class Buckets {

	/** Durations in seconds, from a quarter minute to a week. */
	static final Buckets SECONDS = new Buckets(15, 30, 45, 60, 90, 120, 180, 240, 300, 420, 600, 900, 1200, 1800, 2700,
			3600, 5400, 7200, 10800, 14400, 21600, 28800, 43200, 86400, 172800, 259200, 604800);

	private final long[] upperBounds;

	private Buckets(long... upperBounds) {
		this.upperBounds = upperBounds.clone();
	}

	/**
	 * Buckets ending at these values (ascending), and one open bucket above the last.
	 */
	static Buckets upTo(long... upperBounds) {
		return new Buckets(upperBounds);
	}

	int count() {
		return this.upperBounds.length + 1;
	}

	int of(long value) {
		int found = Arrays.binarySearch(this.upperBounds, Math.max(0, value));
		return (found >= 0) ? found : -found - 1;
	}

	/**
	 * The value below which a share {@code p} (0 to 1) of the counted values lie; null
	 * when nothing was counted. The open bucket answers with its lower bound.
	 */
	Long percentile(long[] counts, double p) {
		long total = Arrays.stream(counts).sum();
		if (total == 0) {
			return null;
		}
		double rank = p * total;
		long before = 0;
		for (int bucket = 0; bucket < counts.length; bucket++) {
			long in = counts[bucket];
			if (in > 0 && before + in >= rank) {
				long lower = (bucket == 0) ? 0 : this.upperBounds[bucket - 1];
				if (bucket >= this.upperBounds.length) {
					return lower;
				}
				double within = Math.max(0, rank - before) / in;
				return Math.round(lower + within * (this.upperBounds[bucket] - lower));
			}
			before += in;
		}
		return this.upperBounds[this.upperBounds.length - 1];
	}

}
