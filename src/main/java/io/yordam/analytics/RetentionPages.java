package io.yordam.analytics;

import java.io.IOException;
import java.time.Clock;

import io.yordam.access.OperatorPrincipal;
import io.yordam.access.StaffAction;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Retention after contact, the desk's (supervisors and admins): contacts of the last days
 * (up to 92), by outcome, and its CSV.
 */
@Controller
class RetentionPages {

	private final Retention retention;

	private final ReportZone zone;

	private final Clock clock;

	RetentionPages(Retention retention, ReportZone zone, Clock clock) {
		this.retention = retention;
		this.zone = zone;
		this.clock = clock;
	}

	@GetMapping("/agent/analytics/retention")
	String page(@AuthenticationPrincipal OperatorPrincipal me, @RequestParam(defaultValue = "60") int days,
			Model model) {
		me.require(StaffAction.SEE_DESK_ANALYTICS);
		Period period = Period.lastDays(days, this.zone.dayOf(this.clock.instant()));
		model.addAttribute("rows", rows(period));
		model.addAttribute("period", period);
		model.addAttribute("days", days);
		return "agent/analytics-retention";
	}

	@GetMapping("/agent/analytics/retention.csv")
	void csv(@AuthenticationPrincipal OperatorPrincipal me, @RequestParam(defaultValue = "60") int days,
			HttpServletResponse response) throws IOException {
		me.require(StaffAction.SEE_DESK_ANALYTICS);
		AnalyticsCsv csv = AnalyticsCsv.open(response, "retention");
		csv.retention(rows(Period.lastDays(days, this.zone.dayOf(this.clock.instant()))));
		csv.close();
	}

	private java.util.List<Retention.Row> rows(Period period) {
		return this.retention.of(period.from().atStartOfDay(this.zone.zone()).toInstant(),
				period.to().atStartOfDay(this.zone.zone()).toInstant(), this.clock.instant());
	}

}
