package io.yordam.workspace;

import java.util.List;
import java.util.UUID;

import io.yordam.access.OperatorId;
import io.yordam.access.OperatorPrincipal;
import io.yordam.access.Staff;
import io.yordam.common.InvalidInputException;
import io.yordam.common.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The admins' staff page: every operator with their role and language, and the mail
 * address the weekly report goes to (supervisors and admins with one get it).
 */
@Controller
class StaffPages {

	private final Staff staff;

	StaffPages(Staff staff) {
		this.staff = staff;
	}

	@GetMapping("/agent/staff")
	String list(@AuthenticationPrincipal OperatorPrincipal me, Model model) {
		return page(me, model, null, List.of());
	}

	@PostMapping("/agent/staff/{id}/email")
	String email(@AuthenticationPrincipal OperatorPrincipal me, @PathVariable String id,
			@RequestParam(defaultValue = "") String email, Model model, HttpServletResponse response) {
		OperatorId operator = operatorId(id);
		try {
			this.staff.changeEmail(operator, email, me);
		}
		catch (InvalidInputException ex) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return page(me, model, operator.value(), ex.violations());
		}
		return "redirect:/agent/staff?saved";
	}

	private String page(OperatorPrincipal me, Model model, UUID refused, List<InvalidInputException.Violation> errors) {
		model.addAttribute("staff", this.staff.list(me));
		model.addAttribute("refused", refused);
		model.addAttribute("errors", errors);
		return "agent/staff";
	}

	private static OperatorId operatorId(String value) {
		try {
			return new OperatorId(UUID.fromString(value));
		}
		catch (IllegalArgumentException ex) {
			throw new NotFoundException("operator");
		}
	}

}
