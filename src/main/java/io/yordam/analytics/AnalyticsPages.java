package io.yordam.analytics;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import io.yordam.access.OperatorPrincipal;
import io.yordam.access.StaffAction;
import io.yordam.common.InvalidInputException;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The manager's morning dashboard and its CSV. Every door decides the scope from the
 * signed-in operator ({@link AnalyticsScope}): an agent's own figures, the desk's for
 * supervisors and admins; the cuts and the recurring problems are the desk's only.
 */
@Controller
class AnalyticsPages {

	private final Dashboard dashboard;

	private final RecurringProblems problems;

	AnalyticsPages(Dashboard dashboard, RecurringProblems problems) {
		this.dashboard = dashboard;
		this.problems = problems;
	}

	@GetMapping("/agent/analytics")
	String page(@AuthenticationPrincipal OperatorPrincipal me, @RequestParam(defaultValue = "7") int days,
			@RequestParam(required = false) String dim, @RequestParam(required = false) String value, Model model) {
		AnalyticsScope scope = AnalyticsScope.of(me, dim, value);
		Locale locale = LocaleContextHolder.getLocale();
		DashboardView view = this.dashboard.of(scope, Period.lastDays(days, this.dashboard.today()), locale);
		model.addAttribute("view", view);
		model.addAttribute("days", days);
		return "agent/analytics";
	}

	/** One cut of the desk's dashboard, which the page loads after its tiles. */
	@GetMapping("/agent/analytics/cut")
	String cut(@AuthenticationPrincipal OperatorPrincipal me, @RequestParam String cut,
			@RequestParam(defaultValue = "7") int days, Model model) {
		me.require(StaffAction.SEE_DESK_ANALYTICS);
		Dimension dim = AnalyticsScope.dimension(cut);
		Period period = Period.lastDays(days, this.dashboard.today());
		model.addAttribute("c",
				new DashboardView.Cut(dim, this.dashboard.cut(dim, period, LocaleContextHolder.getLocale())));
		model.addAttribute("p", period);
		model.addAttribute("days", days);
		return "agent/analytics-parts :: cut";
	}

	/**
	 * The recurring problems of the week, which the desk's page loads after its tiles.
	 */
	@GetMapping("/agent/analytics/recurring")
	String recurring(@AuthenticationPrincipal OperatorPrincipal me, Model model) {
		me.require(StaffAction.SEE_DESK_ANALYTICS);
		model.addAttribute("problems", this.problems.thisWeek(this.dashboard.today()));
		return "agent/analytics-parts :: recurring";
	}

	/**
	 * One table as CSV: {@code tiles}, {@code trend}, {@code cut} (with {@code cut=CITY}
	 * etc.) or {@code recurring}.
	 */
	@GetMapping("/agent/analytics.csv")
	void csv(@AuthenticationPrincipal OperatorPrincipal me, @RequestParam(defaultValue = "tiles") String table,
			@RequestParam(required = false) String cut, @RequestParam(defaultValue = "7") int days,
			@RequestParam(required = false) String dim, @RequestParam(required = false) String value,
			HttpServletResponse response) throws IOException {
		AnalyticsScope scope = AnalyticsScope.of(me, dim, value);
		Period period = Period.lastDays(days, this.dashboard.today());
		Locale locale = LocaleContextHolder.getLocale();
		if (table.equals("cut") || table.equals("recurring")) {
			me.require(StaffAction.SEE_DESK_ANALYTICS);
		}
		switch (table) {
			case "tiles" -> {
				AnalyticsCsv csv = AnalyticsCsv.open(response, table);
				csv.tiles(this.dashboard.tiles(scope, period));
				csv.close();
			}
			case "trend" -> {
				AnalyticsCsv csv = AnalyticsCsv.open(response, table);
				csv.trend(this.dashboard.trend(scope, period));
				csv.close();
			}
			case "cut" -> {
				Dimension dimension = AnalyticsScope.dimension(cut);
				List<DashboardView.CutRow> rows = this.dashboard.cut(dimension, period, locale);
				AnalyticsCsv csv = AnalyticsCsv.open(response, "cut-" + dimension.name().toLowerCase(Locale.ROOT));
				csv.cut(dimension, rows);
				csv.close();
			}
			case "recurring" -> {
				AnalyticsCsv csv = AnalyticsCsv.open(response, table);
				csv.problems(this.problems.thisWeek(this.dashboard.today()));
				csv.close();
			}
			default -> throw new InvalidInputException("table", "table", "tiles, trend, cut or recurring");
		}
	}

}
