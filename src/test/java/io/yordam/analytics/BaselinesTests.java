package io.yordam.analytics;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.yordam.support.MutableClock;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The recurring problems' baselines are read once a while, this week's never kept. */
class BaselinesTests {

	static final Period BASELINE = new Period(LocalDate.parse("2031-03-03"), LocalDate.parse("2031-03-31"));

	final List<String> reads = new ArrayList<>();

	final CutReader cuts = new CutReader(null) {
		@Override
		Map<String, Totals> counts(Dimension dim, Period period, List<Metric> metrics) {
			BaselinesTests.this.reads.add(dim + " " + period.from());
			Totals totals = new Totals();
			totals.add(Metric.CONTACTS, 0, BaselinesTests.this.reads.size(), 0);
			return Map.of("Lavash Center", totals);
		}
	};

	final MutableClock clock = new MutableClock(Instant.parse("2031-04-06T08:00:00Z"));

	@Test
	void aBaselineIsReadOnceWhileItIsKept() {
		Baselines baselines = new Baselines(this.cuts, this.clock, Duration.ofMinutes(10));
		long first = baselines.of(Dimension.DISH, BASELINE).get("Lavash Center").count(Metric.CONTACTS);
		this.clock.advance(Duration.ofMinutes(9));
		assertThat(baselines.of(Dimension.DISH, BASELINE).get("Lavash Center").count(Metric.CONTACTS)).isEqualTo(first);
		assertThat(this.reads).containsExactly("DISH 2031-03-03");
		baselines.of(Dimension.CITY, BASELINE);
		this.clock.advance(Duration.ofMinutes(2));
		assertThat(baselines.of(Dimension.DISH, BASELINE).get("Lavash Center").count(Metric.CONTACTS))
			.as("read again once the while has passed")
			.isGreaterThan(first);
		baselines.of(Dimension.DISH, new Period(BASELINE.from().plusDays(1), BASELINE.to().plusDays(1)));
		assertThat(this.reads).containsExactly("DISH 2031-03-03", "CITY 2031-03-03", "DISH 2031-03-03",
				"DISH 2031-03-04");
	}

	@Test
	void keptForNoTimeEveryAskIsARead() {
		Baselines baselines = new Baselines(this.cuts, this.clock, Duration.ZERO);
		baselines.of(Dimension.DISH, BASELINE);
		baselines.of(Dimension.DISH, BASELINE);
		assertThat(this.reads).hasSize(2);
	}

}
