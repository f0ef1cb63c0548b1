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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The playbooks through the agent API (the ticket view uses the same desk). */
@RestController
class AgentIncidentController {

	private final IncidentDesk desk;

	private final PlatformRequests platform;

	private final PlaybookSettingsStore settings;

	private final Scorecards scorecards;

	AgentIncidentController(IncidentDesk desk, PlatformRequests platform, PlaybookSettingsStore settings,
			Scorecards scorecards) {
		this.scorecards = scorecards;
		this.desk = desk;
		this.platform = platform;
		this.settings = settings;
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
		return this.desk.ofTicket(ticketId(ticketId));
	}

	@GetMapping("/api/v1/agent/incidents/{id}")
	IncidentView get(@PathVariable String id) {
		return this.desk.get(uuid(id));
	}

	@PostMapping("/api/v1/agent/incidents/{id}/choice")
	@Operation(summary = "Choose an option for the customer (idempotent: the same choice again changes nothing)")
	IncidentView choose(@AuthenticationPrincipal OperatorPrincipal operator, @PathVariable String id,
			@Valid @RequestBody ChoiceRequest request) {
		return this.desk.choose(uuid(id), request.option(), operator.displayName());
	}

	@PostMapping("/api/v1/agent/incidents/{id}/approval")
	@Operation(summary = "A supervisor approves or refuses an option above the requester's limit (never their own)")
	IncidentView decide(@AuthenticationPrincipal OperatorPrincipal operator, @PathVariable String id,
			@Valid @RequestBody ApprovalRequest request) {
		return request.approve() ? this.desk.approve(uuid(id), Acting.of(operator), request.note())
				: this.desk.refuse(uuid(id), Acting.of(operator), request.note());
	}

	@GetMapping("/api/v1/agent/approvals")
	@Operation(summary = "The supervisors' queue: incidents waiting for approval, oldest first")
	List<IncidentView> approvals(@AuthenticationPrincipal OperatorPrincipal operator) {
		return this.desk.awaitingApproval(Acting.of(operator));
	}

	@PostMapping("/api/v1/agent/incidents/{id}/fault")
	@Operation(summary = "Record who was at fault (after the customer is served); required before the ticket closes")
	IncidentView fault(@AuthenticationPrincipal OperatorPrincipal operator, @PathVariable String id,
			@Valid @RequestBody FaultRequest request) {
		return this.desk.attributeFault(uuid(id), request.fault(), request.note(), Acting.of(operator));
	}

	@GetMapping("/api/v1/agent/incidents/{id}/platform-requests")
	@Operation(summary = "What the incident asked the platform to do, and whether it is done or still pending")
	List<PlatformActionView> platformRequests(@PathVariable String id) {
		return this.platform.requestedFor(IncidentDesk.requestedFor(uuid(id)));
	}

	@GetMapping("/api/v1/agent/departments/{department}/tasks")
	@Operation(summary = "A department's open tasks: incidents it caused, with their facts")
	List<DepartmentTaskView> departmentTasks(@AuthenticationPrincipal OperatorPrincipal operator,
			@PathVariable Department department) {
		return this.desk.openTasks(department, Acting.of(operator));
	}

	@PostMapping("/api/v1/agent/department-tasks/{id}/done")
	DepartmentTaskView taskDone(@AuthenticationPrincipal OperatorPrincipal operator, @PathVariable String id) {
		return this.desk.taskDone(uuid(id), Acting.of(operator));
	}

	@GetMapping("/api/v1/agent/scorecards")
	@Operation(
			summary = "Incidents per 100 orders by RESTAURANT, ITEM, COURIER or CITY over the last days, with their cost")
	Scorecards.Scorecard scorecard(@AuthenticationPrincipal OperatorPrincipal operator,
			@org.springframework.web.bind.annotation.RequestParam(name = "by",
					defaultValue = "RESTAURANT") io.yordam.orders.OrderVolume.By by,
			@org.springframework.web.bind.annotation.RequestParam(name = "days", defaultValue = "30") int days) {
		return this.scorecards.of(by, days, Acting.of(operator));
	}

	@GetMapping("/api/v1/agent/playbook-settings")
	PlaybookSettingsStore.Versioned currentSettings() {
		return this.settings.current();
	}

	@GetMapping("/api/v1/agent/playbook-settings/history")
	List<PlaybookSettingsStore.Versioned> settingsHistory() {
		return this.settings.history();
	}

	@PutMapping("/api/v1/agent/playbook-settings")
	@Operation(summary = "An admin saves new playbook settings, based on the version they edited")
	PlaybookSettingsStore.Versioned saveSettings(@AuthenticationPrincipal OperatorPrincipal operator,
			@Valid @RequestBody SettingsRequest request) {
		return this.settings.update(request.basedOn(), request.settings(), Acting.of(operator), request.comment());
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

	record SettingsRequest(int basedOn, @NotNull PlaybookSettings settings, @Size(max = 500) String comment) {
	}

}
