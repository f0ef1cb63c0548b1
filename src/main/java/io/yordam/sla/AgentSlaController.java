package io.yordam.sla;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.yordam.access.OperatorPrincipal;
import jakarta.validation.constraints.Size;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The SLA policies through the agent API: anyone reads them, an admin edits them. */
@RestController
@Tag(name = "SLA policies")
class AgentSlaController {

	private final SlaPolicyStore store;

	AgentSlaController(SlaPolicyStore store) {
		this.store = store;
	}

	@GetMapping("/api/v1/agent/sla-policies")
	@Operation(summary = "The SLA policies in force (version 0: the defaults)")
	SlaPolicyStore.Versioned current() {
		return this.store.current();
	}

	@GetMapping("/api/v1/agent/sla-policies/history")
	List<SlaPolicyStore.Versioned> history() {
		return this.store.history();
	}

	@PutMapping("/api/v1/agent/sla-policies")
	@Operation(summary = "An admin saves new SLA policies and business hours, based on the version they edited")
	SlaPolicyStore.Versioned save(@AuthenticationPrincipal OperatorPrincipal operator,
			@RequestBody PoliciesRequest request) {
		return this.store.update(request.basedOn(), new SlaPoliciesForm(request.policies(), request.calendars()),
				operator, request.comment());
	}

	/**
	 * @param policies in order: the first whose conditions all hold applies
	 * @param calendars the lines' business hours (a line without works 24/7)
	 */
	record PoliciesRequest(int basedOn, List<SlaPoliciesForm.PolicyForm> policies,
			List<SlaPoliciesForm.CalendarForm> calendars, @Size(max = 500) String comment) {
	}

}
