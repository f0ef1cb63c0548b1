package io.yordam.workspace;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import io.yordam.access.OperatorPrincipal;
import io.yordam.access.Operators;
import io.yordam.common.InvalidInputException;
import io.yordam.common.NotFoundException;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The operator's own personal API tokens: when each was made, when it expires, when it
 * was last used; make one (shown once), revoke one. Every operator sees only their own.
 */
@Controller
class TokenPages {

	static final List<Integer> DAYS = List.of(7, 30, 90, 365);

	private final Operators operators;

	TokenPages(Operators operators) {
		this.operators = operators;
	}

	@GetMapping("/agent/tokens")
	String list(@AuthenticationPrincipal OperatorPrincipal me, Model model) {
		return page(me, model, null, List.of());
	}

	@PostMapping("/agent/tokens")
	String create(@AuthenticationPrincipal OperatorPrincipal me, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "90") int days, Model model) {
		if (!DAYS.contains(days)) {
			return page(me, model, null,
					List.of(new InvalidInputException.Violation("days", "choice", "7, 30, 90 or 365 days")));
		}
		try {
			// Answered with the page itself, not a redirect: the token is never in a URL.
			return page(me, model, this.operators.issueApiToken(me.id(), name, Duration.ofDays(days)), List.of());
		}
		catch (InvalidInputException ex) {
			return page(me, model, null, ex.violations());
		}
	}

	@PostMapping("/agent/tokens/{id}/revoke")
	String revoke(@AuthenticationPrincipal OperatorPrincipal me, @PathVariable String id) {
		UUID token;
		try {
			token = UUID.fromString(id);
		}
		catch (IllegalArgumentException ex) {
			throw new NotFoundException("api token");
		}
		this.operators.revokeApiToken(me.id(), token);
		return "redirect:/agent/tokens";
	}

	private String page(OperatorPrincipal me, Model model, String issued,
			List<InvalidInputException.Violation> errors) {
		model.addAttribute("tokens", this.operators.tokensOf(me.id()));
		model.addAttribute("issued", issued);
		model.addAttribute("days", DAYS);
		model.addAttribute("errors", errors);
		return "agent/tokens";
	}

}
