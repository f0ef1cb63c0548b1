package io.yordam.analytics;

import java.sql.Date;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import io.yordam.common.ConflictRetry;
import io.yordam.support.Parallel;
import io.yordam.support.YordamTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The daily and weekly rollups against the hourly ones: facts added over ten local days
 * (across midnights, a leap day and a week), each delivered twice at once, land exactly
 * once in each; a day's rows are the sums of its hours' rows, a week's of its days'; and
 * every reader gives the same figures from weeks and days as from hours.
 */
@YordamTest
class RollupGrainsTests {

	/**
	 * 20:20 in Tashkent on Friday 27 February 2032; the facts run to Sunday 7 March, so
	 * the period has three days before a whole week.
	 */
	static final Instant START = Instant.parse("2032-02-27T15:20:00Z");

	static final Period DAYS = new Period(LocalDate.parse("2032-02-27"), LocalDate.parse("2032-03-08"));

	static final List<Metric> METRICS = List.of(Metric.CONTACTS, Metric.FIRST_RESPONSE, Metric.RESOLVED,
			Metric.RESOLUTION, Metric.REOPENED, Metric.MERGED, Metric.COMPENSATION, Metric.ORDERS);

	static final List<String> CITIES = List.of("Grain A", "Grain B", "Grain C");

	@Autowired
	Rollups rollups;

	@Autowired
	RollupReader reader;

	@Autowired
	CutReader cuts;

	@Autowired
	Dashboard dashboard;

	@Autowired
	ConflictRetry retry;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theDaysAreTheSumsOfTheirHoursAndEveryReaderAgrees() throws Exception {
		List<Callable<Boolean>> deliveries = new ArrayList<>();
		for (int k = 0; k < 40; k++) {
			Instant at = START.plus(Duration.ofMinutes(313L * k));
			Metric metric = METRICS.get(k % METRICS.size());
			long value = (metric.buckets() != null) ? 20 + 113L * k
					: (metric == Metric.COMPENSATION) ? 5000 - 400L * k : 1;
			Dimensions dims = Dimensions.desk()
				.with(Dimension.CITY, CITIES.get(k % CITIES.size()))
				.with(Dimension.RESTAURANT, "Grain restaurant");
			String key = "grains:" + k;
			for (int twin = 0; twin < 2; twin++) {
				deliveries.add(() -> this.retry.call(() -> {
					boolean first = this.rollups.once(key, at);
					if (first) {
						this.rollups.add(metric, at, dims, value);
					}
					return first;
				}));
			}
		}
		assertThat(Parallel.all(deliveries).stream().filter(Boolean::booleanValue)).hasSize(40);
		assertThat(daysDifferingFromTheirHours()).as("every daily row is its hours' sum").isZero();
		assertThat(weeksDifferingFromTheirDays()).as("every weekly row is its days' sum").isZero();

		List<String> values = new ArrayList<>(CITIES);
		values.add("Grain restaurant");
		for (String value : values) {
			Dimension dim = value.equals("Grain restaurant") ? Dimension.RESTAURANT : Dimension.CITY;
			agree(this.reader.of(dim, value, DAYS.fromHour(), DAYS.toHour()),
					hours(dim, value, DAYS.fromHour(), DAYS.toHour()));
			// Hours of the 27th, the whole 28th, hours of the 29th.
			LocalDateTime from = LocalDateTime.parse("2032-02-27T21:00");
			LocalDateTime to = LocalDateTime.parse("2032-02-29T05:00");
			agree(this.reader.of(dim, value, from, to), hours(dim, value, from, to));
			Map<LocalDate, Totals> byDay = this.reader.daily(dim, value, DAYS);
			assertThat(byDay).isNotEmpty();
			byDay.forEach((day, totals) -> agree(totals,
					hours(dim, value, day.atStartOfDay(), day.plusDays(1).atStartOfDay())));
		}
		agree(this.reader.of(Dimension.ALL, Dimension.EVERYTHING, DAYS.fromHour(), DAYS.toHour()),
				hours(Dimension.ALL, Dimension.EVERYTHING, DAYS.fromHour(), DAYS.toHour()));
		assertThat(this.reader.daily(Dimension.ALL, Dimension.EVERYTHING, DAYS)).hasSize(10);
		// Counts of three days and a whole week (its weekly rows) against the hours.
		assertThat(Weeks.of(DAYS).weeks()).isEqualTo(new Period(LocalDate.parse("2032-03-01"), DAYS.to()));
		Map<String, Totals> counts = this.cuts.counts(Dimension.CITY, DAYS, METRICS);
		for (String city : CITIES) {
			Totals hours = hours(Dimension.CITY, city, DAYS.fromHour(), DAYS.toHour());
			for (Metric metric : METRICS) {
				assertThat(counts.get(city).count(metric)).as(city + " " + metric).isEqualTo(hours.count(metric));
				assertThat(counts.get(city).sum(metric)).as(city + " " + metric).isEqualTo(hours.sum(metric));
			}
		}
		Map<String, Totals> cut = this.cuts.cut(Dimension.CITY, DAYS, METRICS);
		Map<String, Totals> some = this.cuts.cut(Dimension.CITY, DAYS, METRICS, List.of("Grain B"));
		assertThat(some).containsOnlyKeys("Grain B");
		for (String city : CITIES) {
			agree(cut.get(city), hours(Dimension.CITY, city, DAYS.fromHour(), DAYS.toHour()));
		}
		agree(some.get("Grain B"), cut.get("Grain B"));
		LocalDateTime midDay = LocalDateTime.parse("2032-03-02T13:00");
		assertThat(this.reader.backlogAt(midDay)).as("whole days and the hours of the last one")
			.isEqualTo(Math.max(0, this.jdbc.queryForObject("select coalesce(sum(case when metric in ('CONTACTS', "
					+ "'REOPENED') then n else -n end), 0) from analytics_rollups where dim = 'ALL' and local_hour < ? "
					+ "and metric in ('CONTACTS', 'REOPENED', 'RESOLVED', 'MERGED')", Long.class,
					java.sql.Timestamp.valueOf(midDay))));
	}

	@Test
	void aCutRankedByContactsAndSolutionsFirstShowsWhatReadingEveryValueInFullShows() {
		Period days = new Period(LocalDate.parse("2032-03-10"), LocalDate.parse("2032-03-12"));
		Instant at = Instant.parse("2032-03-10T08:00:00Z");
		// Thirty restaurants, many tied (ordered then by name), one with orders only.
		this.retry.run(() -> {
			for (int r = 0; r < 30; r++) {
				Dimensions dims = Dimensions.only(Dimension.RESTAURANT, "Rank " + r);
				for (int i = 0; i < (7 * r) % 11; i++) {
					this.rollups.add(Metric.CONTACTS, at.plus(Duration.ofHours(i * 3L)), dims, 1);
					this.rollups.add(Metric.FIRST_RESPONSE, at.plus(Duration.ofHours(i * 3L)), dims, 40L * r + i);
				}
				for (int i = 0; i < (5 * r) % 9; i++) {
					this.rollups.add(Metric.RESOLVED, at.plus(Duration.ofHours(i * 5L)), dims, 1);
				}
				this.rollups.add(Metric.ORDERS, at, dims, 1);
			}
		});
		List<DashboardView.CutRow> shown = this.dashboard.cut(Dimension.RESTAURANT, days, java.util.Locale.ENGLISH);

		Map<String, Totals> all = this.cuts.cut(Dimension.RESTAURANT, days, Dashboard.CUT_METRICS);
		List<String> expected = all.entrySet()
			.stream()
			.sorted(java.util.Comparator
				.comparingLong((Map.Entry<String, Totals> e) -> -Math.max(e.getValue().count(Metric.CONTACTS),
						e.getValue().count(Metric.RESOLVED)))
				.thenComparing(Map.Entry::getKey))
			.limit(Dashboard.CUT_ROWS)
			.map(Map.Entry::getKey)
			.toList();
		assertThat(all).hasSize(30);
		assertThat(shown).extracting(DashboardView.CutRow::value).containsExactlyElementsOf(expected);
		assertThat(shown).extracting(DashboardView.CutRow::value).doesNotContain("Rank 0");
		for (DashboardView.CutRow row : shown) {
			Totals full = all.get(row.value());
			assertThat(row.contacts()).isEqualTo(full.count(Metric.CONTACTS));
			assertThat(row.resolved()).isEqualTo(full.count(Metric.RESOLVED));
			assertThat(row.orders()).isEqualTo(1);
			assertThat(row.firstResponseP50()).isEqualTo(Kpi.FIRST_RESPONSE_P50.of(full));
		}
	}

	/** Same counts, sums and percentiles for every metric. */
	private static void agree(Totals days, Totals hours) {
		for (Metric metric : Metric.values()) {
			assertThat(days.count(metric)).as(metric + " count").isEqualTo(hours.count(metric));
			assertThat(days.sum(metric)).as(metric + " sum").isEqualTo(hours.sum(metric));
			if (metric.buckets() != null) {
				for (double p : new double[] { 0.1, 0.25, 0.5, 0.75, 0.9, 0.99 }) {
					assertThat(days.percentile(metric, p)).as(metric + " p" + p).isEqualTo(hours.percentile(metric, p));
				}
			}
		}
	}

	/** The hourly reader's hours summed. */
	private Totals hours(Dimension dim, String value, LocalDateTime from, LocalDateTime to) {
		Totals sum = new Totals();
		this.reader.hourly(dim, value, from, to).values().forEach(hour -> hour.addTo(sum));
		return sum;
	}

	/**
	 * The weekly rows of the test's weeks that are not the sum of their days, and the
	 * reverse.
	 */
	private long weeksDifferingFromTheirDays() {
		String monday = "local_day - cast(extract(isodow from local_day) - 1 as integer)";
		String days = "select dim, dim_value, metric, " + monday + " as week_start, sum(n) as n, sum(total) as total "
				+ "from analytics_daily where local_day >= ? and local_day < ? group by dim, dim_value, metric, "
				+ monday;
		Date from = Date.valueOf(Weeks.mondayOf(DAYS.from()));
		Date to = Date.valueOf(DAYS.to());
		return this.jdbc.queryForObject("select (select count(*) from analytics_weekly where week_start >= ? "
				+ "and week_start < ?) + (select count(*) from (" + days + ") h) - 2 * (select count(*) from (" + days
				+ ") h join analytics_weekly w on w.dim = h.dim and w.dim_value = h.dim_value and w.metric = h.metric "
				+ "and w.week_start = h.week_start and w.n = h.n and w.total = h.total)", Long.class, from, to, from,
				to, from, to);
	}

	/**
	 * The daily rows of the test's days that are not the sum of their hours, and the sums
	 * of hours with no daily row: in one statement, so one snapshot.
	 */
	private long daysDifferingFromTheirHours() {
		String hours = "select dim, dim_value, metric, cast(local_hour as date) as local_day, bucket, sum(n) as n, "
				+ "sum(total) as total from analytics_rollups where local_hour >= ? and local_hour < ? "
				+ "group by dim, dim_value, metric, cast(local_hour as date), bucket";
		return this.jdbc.queryForObject("select (select count(*) from analytics_daily where local_day >= ? "
				+ "and local_day < ?) + (select count(*) from (" + hours + ") h) - 2 * (select count(*) from (" + hours
				+ ") h join analytics_daily d on d.dim = h.dim and d.dim_value = h.dim_value and d.metric = h.metric "
				+ "and d.local_day = h.local_day and d.bucket = h.bucket and d.n = h.n and d.total = h.total)",
				Long.class, Date.valueOf(DAYS.from()), Date.valueOf(DAYS.to()),
				java.sql.Timestamp.valueOf(DAYS.fromHour()), java.sql.Timestamp.valueOf(DAYS.toHour()),
				java.sql.Timestamp.valueOf(DAYS.fromHour()), java.sql.Timestamp.valueOf(DAYS.toHour()));
	}

}
