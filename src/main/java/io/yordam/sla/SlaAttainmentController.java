package io.yordam.sla;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.yordam.access.OperatorPrincipal;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** "% of SLAs met" through the agent API, as JSON and CSV (supervisors and admins). */
@RestController
@Tag(name = "SLA policies")
class SlaAttainmentController {

	private final SlaAttainment attainment;

	SlaAttainmentController(SlaAttainment attainment) {
		this.attainment = attainment;
	}

	@GetMapping("/api/v1/agent/sla/attainment")
	@Operation(summary = "The share of SLA runs met in the last days (1 to 92), per line and per agent, per target")
	SlaAttainmentReport report(@AuthenticationPrincipal OperatorPrincipal operator,
			@RequestParam(name = "days", defaultValue = "7") int days) {
		return this.attainment.of(days, operator);
	}

	@GetMapping("/api/v1/agent/sla/attainment.csv")
	@Operation(summary = "The same as CSV: scope, name, target, met, missed, percent_met")
	void csv(@AuthenticationPrincipal OperatorPrincipal operator,
			@RequestParam(name = "days", defaultValue = "7") int days, HttpServletResponse response)
			throws IOException {
		writeCsv(this.attainment, this.attainment.of(days, operator), response);
	}

	static void writeCsv(SlaAttainment attainment, SlaAttainmentReport report, HttpServletResponse response)
			throws IOException {
		response.setContentType("text/csv; charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"yordam-sla-attainment.csv\"");
		Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		attainment.csv(report, out);
		out.flush();
	}

}
