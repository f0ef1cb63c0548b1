package io.yordam.escalation;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.yordam.access.OperatorPrincipal;
import io.yordam.common.NotFoundException;
import io.yordam.tickets.EscalationLevel;
import io.yordam.tickets.TicketId;
import io.yordam.tickets.TicketPriority;
import io.yordam.tickets.TicketSummary;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The agent API's escalation doors: the rules, an agent's escalation, the report. */
@RestController
class EscalationController {

	private final EscalationRuleStore rules;

	private final Escalations escalations;

	private final EscalationReport report;

	EscalationController(EscalationRuleStore rules, Escalations escalations, EscalationReport report) {
		this.rules = rules;
		this.escalations = escalations;
		this.report = report;
	}

	@GetMapping("/api/v1/agent/escalation-rules")
	EscalationRuleStore.Versioned current() {
		return this.rules.current();
	}

	@GetMapping("/api/v1/agent/escalation-rules/history")
	List<EscalationRuleStore.Versioned> history() {
		return this.rules.history();
	}

	@PutMapping("/api/v1/agent/escalation-rules")
	@Operation(summary = "An admin saves the escalation rules, based on the version they edited")
	EscalationRuleStore.Versioned save(@AuthenticationPrincipal OperatorPrincipal operator,
			@Valid @RequestBody RulesRequest request) {
		return this.rules.update(request.basedOn(), request.rules(), operator, request.comment());
	}

	@PostMapping("/api/v1/agent/tickets/{id}/escalation")
	@Operation(summary = "An agent escalates a ticket to the second line or a supervisor, saying why")
	EscalationView escalate(@AuthenticationPrincipal OperatorPrincipal operator, @PathVariable String id,
			@RequestBody EscalateRequest request) {
		TicketSummary ticket = this.escalations.byAgent(ticketId(id), operator, request.level(), request.reason());
		return new EscalationView(ticket.number(), ticket.escalationLevel(), ticket.priority());
	}

	@GetMapping("/api/v1/agent/escalations")
	@Operation(summary = "Escalations by day, line, level and trigger, with the tickets (supervisors)")
	EscalationReport.Report report(@AuthenticationPrincipal OperatorPrincipal operator,
			@RequestParam(name = "days", defaultValue = "7") int days) {
		return this.report.of(days, operator);
	}

	@GetMapping("/api/v1/agent/escalations.csv")
	void csv(@AuthenticationPrincipal OperatorPrincipal operator,
			@RequestParam(name = "days", defaultValue = "7") int days, HttpServletResponse response)
			throws IOException {
		writeCsv(this.report, this.report.of(days, operator), response);
	}

	static void writeCsv(EscalationReport report, EscalationReport.Report data, HttpServletResponse response)
			throws IOException {
		response.setContentType("text/csv; charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"yordam-escalations.csv\"");
		Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		report.csv(data, out);
		out.flush();
	}

	static TicketId ticketId(String value) {
		try {
			return new TicketId(UUID.fromString(value));
		}
		catch (IllegalArgumentException ex) {
			throw new NotFoundException("ticket");
		}
	}

	record RulesRequest(int basedOn, @NotNull @Valid EscalationRules rules, @Size(max = 500) String comment) {
	}

	/** The level (the second line by default) and why: 1 to 500 characters. */
	record EscalateRequest(EscalationLevel level, String reason) {

		EscalateRequest {
			level = (level != null) ? level : EscalationLevel.SECOND_LINE;
		}

	}

	record EscalationView(long number, EscalationLevel level, TicketPriority priority) {
	}

}
