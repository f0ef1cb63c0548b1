package io.yordam.incidents;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.yordam.access.OperatorPrincipal;
import io.yordam.common.NotFoundException;
import io.yordam.orders.PlatformActionView;
import io.yordam.orders.PlatformRequests;
import io.yordam.tickets.TicketId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The incidents through the agent API (the ticket view uses the same services); the
 * departments, scorecards and settings are {@link AgentSupervisionController}'s.
 */
@RestController
class AgentIncidentController {

	private final IncidentDesk desk;

	private final IncidentDecisions decisions;

	private final IncidentViews views;

	private final PlatformRequests platform;

	AgentIncidentController(IncidentDesk desk, IncidentDecisions decisions, IncidentViews views,
			PlatformRequests platform) {
		this.desk = desk;
		this.decisions = decisions;
		this.views = views;
		this.platform = platform;
	}

	@PostMapping("/api/v1/agent/tickets/{ticketId}/incidents")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Open an incident on a ticket: its options are offered in the chat as quick replies")
	IncidentView open(@AuthenticationPrincipal OperatorPrincipal operator, @PathVariable String ticketId,
			@Valid @RequestBody OpenRequest request) {
		return this.desk.open(ticketId(ticketId), request.type(), request.orderId(),
				(request.facts() != null) ? request.facts() : IncidentFacts.none(), Acting.of(operator));
	}

	@GetMapping("/api/v1/agent/tickets/{ticketId}/incidents")
	List<IncidentView> ofTicket(@PathVariable String ticketId) {
		return this.views.ofTicket(ticketId(ticketId));
	}

	@GetMapping("/api/v1/agent/incidents/{id}")
	IncidentView get(@PathVariable String id) {
		return this.views.get(uuid(id));
	}

	@PostMapping("/api/v1/agent/incidents/{id}/choice")
	@Operation(summary = "Choose an option for the customer (idempotent: the same choice again changes nothing)")
	IncidentView choose(@AuthenticationPrincipal OperatorPrincipal operator, @PathVariable String id,
			@Valid @RequestBody ChoiceRequest request) {
		return this.decisions.choose(uuid(id), request.option(), operator.displayName());
	}

	@PostMapping("/api/v1/agent/incidents/{id}/approval")
	@Operation(summary = "A supervisor approves or refuses an option above the requester's limit (never their own)")
	IncidentView decide(@AuthenticationPrincipal OperatorPrincipal operator, @PathVariable String id,
			@Valid @RequestBody ApprovalRequest request) {
		return request.approve() ? this.decisions.approve(uuid(id), Acting.of(operator), request.note())
				: this.decisions.refuse(uuid(id), Acting.of(operator), request.note());
	}

	@GetMapping("/api/v1/agent/approvals")
	@Operation(summary = "The supervisors' queue: incidents waiting for approval, oldest first")
	List<IncidentView> approvals(@AuthenticationPrincipal OperatorPrincipal operator) {
		return this.views.awaitingApproval(Acting.of(operator));
	}

	@PostMapping("/api/v1/agent/incidents/{id}/fault")
	@Operation(summary = "Record who was at fault (after the customer is served); required before the ticket closes")
	IncidentView fault(@AuthenticationPrincipal OperatorPrincipal operator, @PathVariable String id,
			@Valid @RequestBody FaultRequest request) {
		return this.decisions.attributeFault(uuid(id), request.fault(), request.note(), Acting.of(operator));
	}

	@GetMapping("/api/v1/agent/incidents/{id}/platform-requests")
	@Operation(summary = "What the incident asked the platform to do, and whether it is done or still pending")
	List<PlatformActionView> platformRequests(@PathVariable String id) {
		return this.platform.requestedFor(CompensationPayout.requestedFor(uuid(id)));
	}

	static UUID uuid(String value) {
		try {
			return UUID.fromString(value);
		}
		catch (IllegalArgumentException ex) {
			throw new NotFoundException("incident");
		}
	}

	private static TicketId ticketId(String value) {
		try {
			return new TicketId(UUID.fromString(value));
		}
		catch (IllegalArgumentException ex) {
			throw new NotFoundException("ticket");
		}
	}

	record OpenRequest(@NotNull IncidentType type, @Size(max = 64) String orderId, @Valid IncidentFacts facts) {
	}

	record ChoiceRequest(@NotNull @Size(min = 1, max = 64) String option) {
	}

	record ApprovalRequest(boolean approve, @Size(max = 500) String note) {
	}

	record FaultRequest(@NotNull Fault fault, @NotNull @Size(min = 1, max = 1000) String note) {
	}

}
