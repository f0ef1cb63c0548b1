package io.yordam.analytics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * This week's (the last seven days, today included) restaurants, couriers and cities
 * whose contact rate per 1,000 orders rose significantly against their own previous four
 * weeks ({@link RisingContactRate}): the list a manager acts on, most significant first.
 */
@Service
class RecurringProblems {

	static final List<Dimension> WHERE = List.of(Dimension.RESTAURANT, Dimension.COURIER, Dimension.CITY);

	private static final List<Metric> COUNTED = List.of(Metric.CONTACTS, Metric.ORDERS);

	private final RollupReader rollups;

	RecurringProblems(RollupReader rollups) {
		this.rollups = rollups;
	}

	@Transactional(readOnly = true)
	List<Problem> thisWeek(LocalDate today) {
		Period week = new Period(today.minusDays(6), today.plusDays(1));
		Period baseline = new Period(week.from().minusWeeks(4), week.from());
		List<Problem> problems = new ArrayList<>();
		for (Dimension dim : WHERE) {
			Map<String, Totals> now = this.rollups.cut(dim, week.fromHour(), week.toHour(), COUNTED);
			Map<String, Totals> before = this.rollups.cut(dim, baseline.fromHour(), baseline.toHour(), COUNTED);
			now.forEach((value, totals) -> {
				Totals base = before.getOrDefault(value, Totals.NONE);
				if (RisingContactRate.judge(totals.count(Metric.CONTACTS), totals.count(Metric.ORDERS),
						base.count(Metric.CONTACTS),
						base.count(Metric.ORDERS)) instanceof RisingContactRate.Rising rising) {
					problems.add(new Problem(dim, value, totals.count(Metric.CONTACTS), totals.count(Metric.ORDERS),
							rising.ratePer1000(), rising.baselinePer1000(), rising.z()));
				}
			});
		}
		problems.sort(Comparator.comparingDouble(Problem::z).reversed());
		return problems;
	}

	record Problem(Dimension dim, String value, long contacts, long orders, double ratePer1000, double baselinePer1000,
			double z) {
	}

}
