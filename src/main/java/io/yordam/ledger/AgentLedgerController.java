package io.yordam.ledger;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.yordam.access.OperatorPrincipal;
import io.yordam.common.InvalidInputException;
import io.yordam.common.UtcDays;
import io.yordam.common.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The ledger through the agent API: a customer's compensations, corrections, finance's
 * CSV.
 */
@RestController
class AgentLedgerController {

	private final Ledger ledger;

	private final Clock clock;

	AgentLedgerController(Ledger ledger, Clock clock) {
		this.ledger = ledger;
		this.clock = clock;
	}

	@GetMapping("/api/v1/agent/customers/{customerId}/compensations")
	@Operation(summary = "A customer's bonus balance and compensation history, newest first")
	Compensations compensations(@PathVariable String customerId) {
		return new Compensations(this.ledger.bonusBalance(customerId).som(), this.ledger.historyOf(customerId, 100));
	}

	@PostMapping("/api/v1/agent/ledger/{transactionId}/reversal")
	@Operation(summary = "A supervisor corrects a transaction with a reversing one (once; the original stays)")
	LedgerLine reverse(@AuthenticationPrincipal OperatorPrincipal operator, @PathVariable String transactionId,
			@Valid @RequestBody ReversalRequest request) {
		UUID id;
		try {
			id = UUID.fromString(transactionId);
		}
		catch (IllegalArgumentException ex) {
			throw new NotFoundException("ledger transaction");
		}
		return this.ledger.reverse(id, operator, request.reason());
	}

	@GetMapping(path = "/api/v1/agent/ledger.csv")
	@Operation(summary = "Finance's export: transactions from one day to another (UTC dates, to exclusive), CSV")
	void export(@AuthenticationPrincipal OperatorPrincipal operator,
			@RequestParam(name = "from", required = false) String from,
			@RequestParam(name = "to", required = false) String to, HttpServletResponse response) throws IOException {
		operator.require(io.yordam.access.StaffAction.EXPORT_LEDGER);
		Instant end = (to != null) ? UtcDays.start("to", to) : this.clock.instant();
		Instant start = (from != null) ? UtcDays.start("from", from) : end.minus(Duration.ofDays(31));
		if (!start.isBefore(end)) {
			throw new InvalidInputException("from", "before-to", "from must be before to");
		}
		response.setContentType("text/csv; charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"yordam-ledger.csv\"");
		Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		this.ledger.exportCsv(operator, start, end, out);
		out.flush();
	}

	record Compensations(long bonusBalance, List<LedgerLine> history) {
	}

	record ReversalRequest(@NotBlank @Size(max = 500) String reason) {
	}

}
