package io.yordam.analytics;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts the morning dashboard together from the rollups: the tiles against the previous
 * period and the trend, and (for the desk) each cut on its own. A handful of grouped
 * reads of daily rows (hourly for today's trend), whatever the volume.
 */
@Service
class Dashboard {

	/** A cut shows its busiest values. */
	static final int CUT_ROWS = 25;

	static final List<Metric> CUT_METRICS = List.of(Metric.CONTACTS, Metric.ORDERS, Metric.FIRST_RESPONSE,
			Metric.RESOLVED, Metric.FIRST_RESOLVED, Metric.FCR_MISSED, Metric.REOPENED, Metric.COMPENSATION);

	/** What ranks a cut's values. */
	private static final List<Metric> RANKED_BY = List.of(Metric.CONTACTS, Metric.RESOLVED);

	private final RollupReader rollups;

	private final CutReader cuts;

	private final OtherModulesKpis others;

	private final ReportZone zone;

	private final Labels labels;

	private final Clock clock;

	Dashboard(RollupReader rollups, CutReader cuts, OtherModulesKpis others, ReportZone zone, Labels labels,
			Clock clock) {
		this.rollups = rollups;
		this.cuts = cuts;
		this.others = others;
		this.zone = zone;
		this.labels = labels;
		this.clock = clock;
	}

	LocalDate today() {
		return this.zone.dayOf(this.clock.instant());
	}

	/**
	 * The tiles and the trend, and which cuts the desk sees: each cut is a request of its
	 * own ({@link #cut}), which the page loads after it, so the tiles show at once.
	 */
	@Transactional(readOnly = true)
	DashboardView of(AnalyticsScope scope, Period period, Locale locale) {
		List<Dimension> cuts = new ArrayList<>();
		if (scope.desk()) {
			for (Dimension dim : Dimension.values()) {
				if (dim != Dimension.ALL && dim != scope.dim()) {
					cuts.add(dim);
				}
			}
		}
		String label = scope.wholeDesk() ? null
				: this.labels.of(scope.dim(), List.of(scope.value()), locale).get(scope.value());
		return new DashboardView(scope, label, period, tiles(scope, period), trend(scope, period), period.days() == 1,
				cuts);
	}

	List<DashboardView.Tile> tiles(AnalyticsScope scope, Period period) {
		Period before = period.previous();
		Totals now = this.rollups.of(scope.dim(), scope.value(), period.fromHour(), period.toHour());
		Totals then = this.rollups.of(scope.dim(), scope.value(), before.fromHour(), before.toHour());
		List<DashboardView.Tile> tiles = new ArrayList<>();
		for (Kpi kpi : Kpi.values()) {
			if (kpi.fromRollups()) {
				tiles.add(DashboardView.Tile.of(kpi, kpi.of(now), kpi.of(then)));
			}
		}
		Instant at = this.clock.instant();
		Instant from = instant(period.from());
		Instant to = instant(period.to());
		Instant earlier = instant(before.from());
		UUID owner = (scope.dim() == Dimension.AGENT) ? uuid(scope.value()) : null;
		if (scope.wholeDesk() || owner != null) {
			tiles.add(DashboardView.Tile.of(Kpi.SLA_ATTAINMENT, this.others.slaAttainment(from, to, at, owner),
					this.others.slaAttainment(earlier, from, at, owner)));
		}
		if (scope.wholeDesk()) {
			LocalDateTime nextHour = this.zone.hourOf(at).plusHours(1);
			LocalDateTime end = nextHour.isBefore(period.toHour()) ? nextHour : period.toHour();
			tiles.add(DashboardView.Tile.of(Kpi.BACKLOG, (double) this.rollups.backlogAt(end),
					(double) this.rollups.backlogAt(period.fromHour())));
			tiles.add(DashboardView.Tile.of(Kpi.BOT_CONTAINMENT, this.others.botContainment(from, to),
					this.others.botContainment(earlier, from)));
		}
		return tiles;
	}

	/**
	 * By hour for a one-day period (from the hourly rows), else by day (from the daily
	 * rows).
	 */
	List<DashboardView.Point> trend(AnalyticsScope scope, Period period) {
		boolean hourly = period.days() == 1;
		Map<LocalDateTime, Totals> slots = new TreeMap<>();
		for (LocalDateTime slot = period.fromHour(); slot
			.isBefore(period.toHour()); slot = hourly ? slot.plusHours(1) : slot.plusDays(1)) {
			slots.put(slot, Totals.NONE);
		}
		if (hourly) {
			slots.putAll(this.rollups.hourly(scope.dim(), scope.value(), period.fromHour(), period.toHour()));
		}
		else {
			this.rollups.daily(scope.dim(), scope.value(), period)
				.forEach((day, totals) -> slots.put(day.atStartOfDay(), totals));
		}
		DateTimeFormatter format = DateTimeFormatter.ofPattern(hourly ? "HH:mm" : "yyyy-MM-dd");
		List<DashboardView.Point> points = new ArrayList<>();
		slots.forEach((slot, sum) -> points.add(new DashboardView.Point(slot.format(format), sum.count(Metric.CONTACTS),
				sum.count(Metric.RESOLVED), Kpi.FIRST_RESPONSE_P50.of(sum), Kpi.FIRST_CONTACT_RESOLUTION.of(sum))));
		return points;
	}

	/**
	 * A cut's busiest values: ranked by their contacts and solutions first (one row a
	 * value), then only those values read in full. A value with neither is never busier
	 * than one with some, so the ranking is the same as reading every value in full,
	 * which a cut of fewer values does.
	 */
	List<DashboardView.CutRow> cut(Dimension dim, Period period, Locale locale) {
		Map<String, Totals> ranked = this.cuts.counts(dim, period, RANKED_BY);
		Map<String, Totals> values = (ranked.size() < CUT_ROWS) ? this.cuts.cut(dim, period, CUT_METRICS)
				: this.cuts.cut(dim, period, CUT_METRICS, busiest(ranked).stream().map(Map.Entry::getKey).toList());
		List<Map.Entry<String, Totals>> busiest = busiest(values);
		Map<String, String> names = this.labels.of(dim, busiest.stream().map(Map.Entry::getKey).toList(), locale);
		return busiest.stream().map(e -> {
			Totals t = e.getValue();
			return new DashboardView.CutRow(e.getKey(), names.getOrDefault(e.getKey(), e.getKey()),
					t.count(Metric.CONTACTS), t.count(Metric.ORDERS), Kpi.CONTACTS_PER_1000_ORDERS.of(t),
					Kpi.FIRST_RESPONSE_P50.of(t), t.count(Metric.RESOLVED), Kpi.FIRST_CONTACT_RESOLUTION.of(t),
					Kpi.REOPEN_RATE.of(t), t.sum(Metric.COMPENSATION));
		}).toList();
	}

	/** The most contacts or solutions first, then by value. */
	private static List<Map.Entry<String, Totals>> busiest(Map<String, Totals> values) {
		return values.entrySet()
			.stream()
			.sorted(Comparator
				.comparingLong((Map.Entry<String, Totals> e) -> -Math.max(e.getValue().count(Metric.CONTACTS),
						e.getValue().count(Metric.RESOLVED)))
				.thenComparing(Map.Entry::getKey))
			.limit(CUT_ROWS)
			.toList();
	}

	private Instant instant(LocalDate day) {
		return day.atStartOfDay(this.zone.zone()).toInstant();
	}

	private static UUID uuid(String value) {
		try {
			return UUID.fromString(value);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
