package io.yordam.analytics;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.yordam.access.OperatorPrincipal;
import io.yordam.access.StaffAction;
import io.yordam.common.InvalidInputException;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Retention after contact, the desk's (supervisors and admins): contacts of the last days
 * (up to 92) by outcome, by the compensation option paid and by the customer's rating;
 * each table as CSV.
 */
@Controller
class RetentionPages {

	private final Retention retention;

	private final ReportZone zone;

	private final MessageSource messages;

	private final Clock clock;

	RetentionPages(Retention retention, ReportZone zone, MessageSource messages, Clock clock) {
		this.retention = retention;
		this.zone = zone;
		this.messages = messages;
		this.clock = clock;
	}

	/** One table of the page: its grouping and its rows, each with its label. */
	record Table(Retention.By by, List<Labelled> rows) {
	}

	record Labelled(String label, Retention.Row row) {
	}

	@GetMapping("/agent/analytics/retention")
	String page(@AuthenticationPrincipal OperatorPrincipal me, @RequestParam(defaultValue = "60") int days,
			Model model) {
		me.require(StaffAction.SEE_DESK_ANALYTICS);
		Period period = period(days);
		Locale locale = LocaleContextHolder.getLocale();
		List<Table> tables = new ArrayList<>();
		for (Retention.By by : Retention.By.values()) {
			tables.add(new Table(by,
					rows(by, period).stream().map(row -> new Labelled(label(by, row.group(), locale), row)).toList()));
		}
		model.addAttribute("tables", tables);
		model.addAttribute("period", period);
		model.addAttribute("days", days);
		return "agent/analytics-retention";
	}

	/** {@code table=outcome} (the default), {@code option} or {@code csat}. */
	@GetMapping("/agent/analytics/retention.csv")
	void csv(@AuthenticationPrincipal OperatorPrincipal me, @RequestParam(defaultValue = "60") int days,
			@RequestParam(defaultValue = "outcome") String table, HttpServletResponse response) throws IOException {
		me.require(StaffAction.SEE_DESK_ANALYTICS);
		Retention.By by = by(table);
		List<Retention.Row> rows = rows(by, period(days));
		AnalyticsCsv csv = AnalyticsCsv.open(response,
				(by == Retention.By.OUTCOME) ? "retention" : "retention-" + table.toLowerCase(Locale.ROOT));
		csv.retention(by, rows);
		csv.close();
	}

	private String label(Retention.By by, String group, Locale locale) {
		String key = switch (by) {
			case OUTCOME -> "analytics.retention." + group;
			case OPTION -> "incident.option." + group;
			case CSAT -> "analytics.retention.csat." + group;
		};
		return this.messages.getMessage(key, null, group, locale);
	}

	private static Retention.By by(String table) {
		try {
			return Retention.By.valueOf(table.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("table", "table", "outcome, option or csat");
		}
	}

	private Period period(int days) {
		return Period.lastDays(days, this.zone.dayOf(this.clock.instant()));
	}

	private List<Retention.Row> rows(Retention.By by, Period period) {
		return this.retention.of(by, period.from().atStartOfDay(this.zone.zone()).toInstant(),
				period.to().atStartOfDay(this.zone.zone()).toInstant(), this.clock.instant());
	}

}
