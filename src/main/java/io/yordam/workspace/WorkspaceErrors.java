package io.yordam.workspace;

import io.yordam.common.InvalidInputException;
import io.yordam.common.NotFoundException;
import io.yordam.common.RuleViolationException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * The workspace's htmx requests get a short, translated message as plain text, which the
 * page shows as a toast; the rule's name picks the translation when there is one. It
 * serves every page controller, whichever module's (the board's, the SLA editor's…); JSON
 * endpoints get problem details first ({@code ProblemDetailsAdvice} runs before).
 */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.LOWEST_PRECEDENCE)
class WorkspaceErrors {

	private final MessageSource messages;

	WorkspaceErrors(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(InvalidInputException.class)
	ResponseEntity<String> invalid(InvalidInputException ex) {
		var violation = ex.violations().get(0);
		// A field's own words first ("pick the items"), then the rule's ("required").
		String specific = this.messages.getMessage("error." + violation.field() + "." + violation.rule(), null, null,
				LocaleContextHolder.getLocale());
		return text(HttpStatus.BAD_REQUEST, (specific != null) ? "error." + violation.field() + "." + violation.rule()
				: "error." + violation.rule(), violation.message());
	}

	@ExceptionHandler(RuleViolationException.class)
	ResponseEntity<String> refused(RuleViolationException ex) {
		return text(HttpStatus.valueOf(ex.status()), "error." + ex.rule(), ex.getMessage());
	}

	@ExceptionHandler(NotFoundException.class)
	ResponseEntity<String> notFound(NotFoundException ex) {
		return text(HttpStatus.NOT_FOUND, "error.not-found", ex.getMessage());
	}

	private ResponseEntity<String> text(HttpStatus status, String key, String fallback) {
		String message = this.messages.getMessage(key, null, fallback, LocaleContextHolder.getLocale());
		return ResponseEntity.status(status)
			.contentType(new MediaType("text", "plain", java.nio.charset.StandardCharsets.UTF_8))
			.body(message);
	}

}
