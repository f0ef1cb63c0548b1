package io.yordam.analytics;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.yordam.common.InvalidInputException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A week of the desk's figures for other modules (the weekly report): the dashboard's own
 * tiles against the week before, the week's recurring problems and its knowledge gaps,
 * read from the rollups exactly as the pages read them, nothing computed twice. A week
 * runs from a local Monday to the next.
 */
@Service
public class WeeklyFigures {

	private final Dashboard dashboard;

	private final RecurringProblems problems;

	private final KnowledgeGaps gaps;

	private final Labels labels;

	WeeklyFigures(Dashboard dashboard, RecurringProblems problems, KnowledgeGaps gaps, Labels labels) {
		this.dashboard = dashboard;
		this.problems = problems;
		this.gaps = gaps;
		this.labels = labels;
	}

	/** The week from this Monday; labels (agents, lines) in this language. */
	@Transactional(readOnly = true)
	public Week of(LocalDate monday, Locale locale) {
		if (monday.getDayOfWeek() != DayOfWeek.MONDAY) {
			throw new InvalidInputException("monday", "monday", "A week starts on a Monday");
		}
		Period week = new Period(monday, monday.plusWeeks(1));
		AnalyticsScope desk = new AnalyticsScope(Dimension.ALL, Dimension.EVERYTHING, true);
		List<Figure> figures = this.dashboard.tiles(desk, week)
			.stream()
			.map(tile -> new Figure(tile.kpi().name(), tile.value(), tile.previous(), tile.change(), tile.better(),
					tile.kpi().text(tile.value()), tile.kpi().text(tile.previous()),
					(tile.drill() != null) ? tile.drill().name() : null))
			.toList();
		List<Problem> rising = this.problems.thisWeek(monday.plusDays(6)).stream().map(p -> {
			Map<String, String> names = this.labels.of(p.dim(), List.of(p.value()), locale);
			return new Problem(p.dim().name(), p.value(), names.getOrDefault(p.value(), p.value()), p.contacts(),
					p.orders(), p.ratePer1000(), p.baselinePer1000());
		}).toList();
		List<Gap> unanswered = this.gaps.of(week)
			.stream()
			.map(g -> new Gap(g.language(), g.sample(), g.asked(), g.wordings()))
			.toList();
		return new Week(week.from(), week.to().minusDays(1), figures, rising, unanswered);
	}

	/**
	 * @param from its Monday
	 * @param to its Sunday
	 * @param figures the dashboard's tiles, in its order
	 * @param problems where the contact rate rose against its own four weeks before, most
	 * significant first
	 * @param gaps questions nobody answered, grouped, the most asked first
	 */
	public record Week(LocalDate from, LocalDate to, List<Figure> figures, List<Problem> problems, List<Gap> gaps) {
	}

	/**
	 * A KPI ({@code analytics.kpi.<kpi>} names it) this week and the week before, as the
	 * dashboard writes them; {@code change} in percent, {@code better} null when equal or
	 * unknown; {@code drill} the metric whose tickets stand behind it
	 * ({@code /agent/analytics/tickets?metric=…}), or null.
	 */
	public record Figure(String kpi, Double value, Double previous, Double change, Boolean better, String text,
			String previousText, String drill) {
	}

	/** A restaurant, courier or city ({@code dimension}) and its contact rate. */
	public record Problem(String dimension, String value, String label, long contacts, long orders, double ratePer1000,
			double baselinePer1000) {
	}

	/** A group of unanswered questions: its language, its most asked wording. */
	public record Gap(String language, String question, long asked, int wordings) {
	}

}
