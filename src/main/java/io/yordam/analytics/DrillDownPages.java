package io.yordam.analytics;

import java.io.IOException;
import java.time.Instant;
import java.util.List;

import io.yordam.access.OperatorPrincipal;
import io.yordam.common.InvalidInputException;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The tickets behind a dashboard number: same metric, cut and period, each linking to its
 * ticket; and their CSV. An agent drills into their own tickets only.
 */
@Controller
class DrillDownPages {

	private final TicketDrill drill;

	private final ReportZone zone;

	DrillDownPages(TicketDrill drill, ReportZone zone) {
		this.drill = drill;
		this.zone = zone;
	}

	@GetMapping("/agent/analytics/tickets")
	String page(@AuthenticationPrincipal OperatorPrincipal me, @RequestParam String metric, @RequestParam String from,
			@RequestParam String to, @RequestParam(required = false) String dim,
			@RequestParam(required = false) String value, Model model) {
		AnalyticsScope scope = AnalyticsScope.of(me, dim, value);
		Period period = Period.between(from, to);
		Metric asked = metric(metric);
		model.addAttribute("rows", rows(asked, scope, period));
		model.addAttribute("metric", asked);
		model.addAttribute("scope", scope);
		model.addAttribute("period", period);
		model.addAttribute("limit", TicketDrill.LIMIT);
		return "agent/analytics-tickets";
	}

	@GetMapping("/agent/analytics/tickets.csv")
	void csv(@AuthenticationPrincipal OperatorPrincipal me, @RequestParam String metric, @RequestParam String from,
			@RequestParam String to, @RequestParam(required = false) String dim,
			@RequestParam(required = false) String value, HttpServletResponse response) throws IOException {
		AnalyticsScope scope = AnalyticsScope.of(me, dim, value);
		List<TicketDrill.Row> rows = rows(metric(metric), scope, Period.between(from, to));
		AnalyticsCsv csv = AnalyticsCsv.open(response, "tickets");
		csv.tickets(rows);
		csv.close();
	}

	private List<TicketDrill.Row> rows(Metric metric, AnalyticsScope scope, Period period) {
		Instant start = period.from().atStartOfDay(this.zone.zone()).toInstant();
		Instant end = period.to().atStartOfDay(this.zone.zone()).toInstant();
		return this.drill.tickets(metric, scope, start, end);
	}

	private static Metric metric(String name) {
		try {
			Metric metric = Metric.valueOf(name);
			TicketDrill.momentOf(metric);
			return metric;
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("metric", "drill", "A metric tickets stand behind");
		}
	}

}
