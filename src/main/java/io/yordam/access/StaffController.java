package io.yordam.access;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import io.yordam.common.NotFoundException;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The admins' staff list and each operator's mail address, through the agent API. */
@RestController
@Tag(name = "Staff", description = "Operators' mail addresses (the weekly report's readers)")
class StaffController {

	private final Staff staff;

	StaffController(Staff staff) {
		this.staff = staff;
	}

	@GetMapping("/api/v1/agent/operators")
	@Operation(summary = "An admin lists the operators with their role, language and mail address")
	List<StaffMember> list(@AuthenticationPrincipal OperatorPrincipal me) {
		return this.staff.list(me);
	}

	@PutMapping("/api/v1/agent/operators/{id}/email")
	@Operation(summary = "An admin sets an operator's mail address (empty or null removes it)")
	StaffMember email(@AuthenticationPrincipal OperatorPrincipal me, @PathVariable String id,
			@RequestBody EmailRequest request) {
		return this.staff.changeEmail(operatorId(id), request.email(), me);
	}

	static OperatorId operatorId(String value) {
		try {
			return new OperatorId(UUID.fromString(value));
		}
		catch (IllegalArgumentException ex) {
			throw new NotFoundException("operator");
		}
	}

	record EmailRequest(String email) {
	}

}
