package io.yordam.incidents;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.yordam.access.OperatorPrincipal;
import io.yordam.orders.OrderVolume;
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

/**
 * What supervisors and admins run through the agent API: the departments' tasks, the
 * scorecards and the playbook settings.
 */
@RestController
class AgentSupervisionController {

	private final DepartmentTasks tasks;

	private final Scorecards scorecards;

	private final PlaybookSettingsStore settings;

	AgentSupervisionController(DepartmentTasks tasks, Scorecards scorecards, PlaybookSettingsStore settings) {
		this.tasks = tasks;
		this.scorecards = scorecards;
		this.settings = settings;
	}

	@GetMapping("/api/v1/agent/departments/{department}/tasks")
	@Operation(summary = "A department's open tasks: incidents it caused, with their facts")
	List<DepartmentTaskView> departmentTasks(@AuthenticationPrincipal OperatorPrincipal operator,
			@PathVariable Department department) {
		return this.tasks.ofDepartment(department, Acting.of(operator));
	}

	@PostMapping("/api/v1/agent/department-tasks/{id}/done")
	DepartmentTaskView taskDone(@AuthenticationPrincipal OperatorPrincipal operator, @PathVariable String id) {
		return this.tasks.done(AgentIncidentController.uuid(id), Acting.of(operator));
	}

	@GetMapping("/api/v1/agent/scorecards")
	@Operation(
			summary = "Incidents per 100 orders by RESTAURANT, ITEM, COURIER or CITY over the last days, with their cost")
	Scorecards.Scorecard scorecard(@AuthenticationPrincipal OperatorPrincipal operator,
			@RequestParam(name = "by", defaultValue = "RESTAURANT") OrderVolume.By by,
			@RequestParam(name = "days", defaultValue = "30") int days) {
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
	@Operation(summary = "An admin saves new playbook settings, based on the version they edited, saying why",
			description = "The reason is required (400 naming reason); comment is its former name, still read.")
	PlaybookSettingsStore.Versioned saveSettings(@AuthenticationPrincipal OperatorPrincipal operator,
			@Valid @RequestBody SettingsRequest request) {
		return this.settings.update(request.basedOn(), request.settings(), Acting.of(operator), request.why());
	}

	@GetMapping("/api/v1/agent/playbook-settings/versions/{version}/changes")
	@Operation(summary = "What a version changed from the one before it, field by field")
	List<PlaybookSettingsDiff.Change> settingsChanges(@PathVariable int version) {
		return this.settings.changes(version);
	}

	@PostMapping("/api/v1/agent/playbook-settings/versions/{version}/revert")
	@Operation(summary = "An admin brings back an earlier version (0: the defaults) as a new one, saying why")
	PlaybookSettingsStore.Versioned revertSettings(@AuthenticationPrincipal OperatorPrincipal operator,
			@PathVariable int version, @Valid @RequestBody RevertRequest request) {
		return this.settings.revert(version, request.basedOn(), Acting.of(operator), request.reason());
	}

	/**
	 * @param reason why the settings change (required)
	 * @param comment the reason's former name: read when there is no reason
	 */
	record SettingsRequest(int basedOn, @NotNull PlaybookSettings settings,
			@Size(max = PlaybookSettingsStore.REASON) String reason,
			@Size(max = PlaybookSettingsStore.REASON) String comment) {

		String why() {
			return (this.reason != null && !this.reason.isBlank()) ? this.reason : this.comment;
		}

	}

	record RevertRequest(int basedOn, @Size(max = PlaybookSettingsStore.REASON) String reason) {
	}

}
