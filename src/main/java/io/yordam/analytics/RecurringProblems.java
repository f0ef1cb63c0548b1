package io.yordam.analytics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * This week's (the last seven days, today included) restaurants, dishes, couriers and
 * cities whose contact rate per 1,000 orders rose significantly against their own
 * previous four weeks ({@link RisingContactRate}): the list a manager acts on, most
 * significant first.
 */
@Service
class RecurringProblems {

	static final List<Dimension> WHERE = List.of(Dimension.RESTAURANT, Dimension.DISH, Dimension.COURIER,
			Dimension.CITY);

	private static final List<Metric> COUNTED = List.of(Metric.CONTACTS, Metric.ORDERS);

	private final CutReader cuts;

	private final Baselines baselines;

	private final DishNames dishes;

	RecurringProblems(CutReader cuts, Baselines baselines, DishNames dishes) {
		this.cuts = cuts;
		this.baselines = baselines;
		this.dishes = dishes;
	}

	@Transactional(readOnly = true)
	List<Problem> thisWeek(LocalDate today) {
		Period week = new Period(today.minusDays(6), today.plusDays(1));
		Period baseline = new Period(week.from().minusWeeks(4), week.from());
		List<Problem> problems = new ArrayList<>();
		for (Dimension dim : WHERE) {
			Map<String, Totals> now = this.cuts.counts(dim, week, COUNTED);
			Map<String, Totals> before = this.baselines.of(dim, baseline);
			now.forEach((value, totals) -> {
				Totals base = before.getOrDefault(value, Totals.NONE);
				if (RisingContactRate.judge(totals.count(Metric.CONTACTS), totals.count(Metric.ORDERS),
						base.count(Metric.CONTACTS),
						base.count(Metric.ORDERS)) instanceof RisingContactRate.Rising rising) {
					problems.add(new Problem(dim, value, value, totals.count(Metric.CONTACTS),
							totals.count(Metric.ORDERS), rising.ratePer1000(), rising.baselinePer1000(), rising.z()));
				}
			});
		}
		problems.sort(Comparator.comparingDouble(Problem::z).reversed());
		Map<String, String> dishNames = this.dishes
			.of(problems.stream().filter(p -> p.dim() == Dimension.DISH).map(Problem::value).toList());
		return problems.stream().map(p -> (p.dim() == Dimension.DISH) ? p.named(dishNames.get(p.value())) : p).toList();
	}

	/**
	 * One value whose rate rose.
	 *
	 * @param label how the value reads (a dish by its name; the others are names)
	 */
	record Problem(Dimension dim, String value, String label, long contacts, long orders, double ratePer1000,
			double baselinePer1000, double z) {

		Problem named(String name) {
			return new Problem(this.dim, this.value, name, this.contacts, this.orders, this.ratePer1000,
					this.baselinePer1000, this.z);
		}

	}

}
