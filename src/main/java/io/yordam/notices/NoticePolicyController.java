package io.yordam.notices;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.yordam.access.OperatorPrincipal;
import io.yordam.access.OperatorRole;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The notice policy: supervisors read it and its history, admins save a new version
 * ({@code EDIT_NOTICE_POLICY}).
 */
@RestController
@Tag(name = "Notices", description = "What support told the customer before they asked, and their switches")
class NoticePolicyController {

	private final NoticePolicyStore store;

	NoticePolicyController(NoticePolicyStore store) {
		this.store = store;
	}

	@GetMapping("/api/v1/agent/notice-policy")
	@Operation(summary = "The notice policy in force and its version")
	NoticePolicyStore.Versioned current(@AuthenticationPrincipal OperatorPrincipal operator) {
		operator.require(OperatorRole.SUPERVISOR);
		return this.store.current();
	}

	@GetMapping("/api/v1/agent/notice-policy/history")
	@Operation(summary = "The last 50 versions, newest first")
	List<NoticePolicyStore.Versioned> history(@AuthenticationPrincipal OperatorPrincipal operator) {
		operator.require(OperatorRole.SUPERVISOR);
		return this.store.history();
	}

	@PutMapping("/api/v1/agent/notice-policy")
	@Operation(summary = "Save a new version (admins): basedOn is the version edited")
	NoticePolicyStore.Versioned save(@AuthenticationPrincipal OperatorPrincipal operator, @RequestBody Edit request) {
		if (request.policy() == null) {
			throw new io.yordam.common.InvalidInputException("policy", "required", "The policy to save");
		}
		return this.store.update(request.basedOn(), request.policy(), operator, request.comment());
	}

	record Edit(int basedOn, NoticePolicy policy, String comment) {
	}

}
