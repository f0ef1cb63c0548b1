package io.yordam.ui;

import io.yordam.access.OperatorPrincipal;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every page knows who is signed in, for the top bar. */
@ControllerAdvice(annotations = Controller.class)
class CurrentOperatorAdvice {

	@ModelAttribute("me")
	OperatorPrincipal me(@AuthenticationPrincipal Object principal) {
		return (principal instanceof OperatorPrincipal operator) ? operator : null;
	}

}
