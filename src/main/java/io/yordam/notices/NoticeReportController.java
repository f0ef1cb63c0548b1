package io.yordam.notices;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.yordam.access.OperatorPrincipal;
import io.yordam.common.InvalidInputException;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Does telling work? The supervisors' report as JSON and its two tables as CSV
 * ({@code SEE_NOTICE_REPORT}); bad input is a problem naming the field. The page is
 * {@link NoticeReportPage}.
 */
@RestController
class NoticeReportController {

	private final NoticeReports reports;

	NoticeReportController(NoticeReports reports) {
		this.reports = reports;
	}

	@GetMapping("/api/v1/agent/notices/report")
	@Operation(summary = "Per kind of notice, contacts within an hour of told and held-out orders; late care's cost "
			+ "per day and city")
	NoticeReport report(@AuthenticationPrincipal OperatorPrincipal me, @RequestParam(defaultValue = "7") int days) {
		return this.reports.of(days, me);
	}

	@GetMapping({ "/api/v1/agent/notices/report.csv", "/agent/notices/report.csv" })
	void csv(@AuthenticationPrincipal OperatorPrincipal me, @RequestParam(defaultValue = "7") int days,
			@RequestParam(defaultValue = "deflection") String table, HttpServletResponse response) throws IOException {
		if (!"deflection".equals(table) && !"care".equals(table)) {
			throw new InvalidInputException("table", "oneOf", "deflection or care");
		}
		NoticeReport report = this.reports.of(days, me);
		response.setContentType("text/csv; charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"yordam-notices-" + table + ".csv\"");
		Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		if ("deflection".equals(table)) {
			out.write("kind,told,told_contacted,told_contacted_pct,held_out,held_out_contacted,"
					+ "held_out_contacted_pct,deflection_points\r\n");
			for (NoticeReport.KindRow row : report.kinds()) {
				out.write(row.kind() + "," + row.told() + "," + row.toldContacted() + "," + number(row.toldShare())
						+ "," + row.heldOut() + "," + row.heldOutContacted() + "," + number(row.heldOutShare()) + ","
						+ number(row.deflection()) + "\r\n");
			}
		}
		else {
			out.write("day,city,credited_orders,amount_som,over_budget\r\n");
			for (NoticeReport.CareRow row : report.care()) {
				out.write(row.day() + "," + text(row.city()) + "," + row.credited() + "," + row.amount() + ","
						+ row.overBudget() + "\r\n");
			}
		}
		out.flush();
	}

	private static String number(Double value) {
		return (value != null) ? String.format(Locale.ROOT, "%.1f", value) : "";
	}

	// A city comes from the platform: quoted, and never read by a spreadsheet as a
	// formula.
	private static String text(String value) {
		String safe = value.matches("^[=+\\-@\\t\\r].*") ? "'" + value : value;
		return "\"" + safe.replace("\"", "\"\"") + "\"";
	}

}
