package io.yordam.access;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The door's audit for supervisors: failed and locked sign-ins, tokens made and revoked.
 */
@RestController
class AccessAuditController {

	private final AccessAudit audit;

	AccessAuditController(AccessAudit audit) {
		this.audit = audit;
	}

	@GetMapping("/api/v1/agent/access-audit")
	@Operation(summary = "A supervisor reads the latest sign-ins (failed, locked, succeeded) and API token changes")
	List<AccessAudit.Entry> latest(@AuthenticationPrincipal OperatorPrincipal reader,
			@RequestParam(name = "limit", defaultValue = "100") int limit) {
		if (limit < 1 || limit > 500) {
			throw new io.yordam.common.InvalidInputException("limit", "range", "1 to 500");
		}
		return this.audit.latest(reader, limit);
	}

}
