package io.yordam.macros;

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
 * The macro pages' refusals as a short translated text (the ticket view shows it as a
 * toast), with the status the rule gives: 400, 403, 404.
 */
@ControllerAdvice(assignableTypes = { MacroPages.class, MacroTicketPanel.class })
@org.springframework.core.annotation.Order(0)
class MacroUiErrors {

	private final MessageSource messages;

	MacroUiErrors(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(InvalidInputException.class)
	ResponseEntity<String> invalid(InvalidInputException ex) {
		var violation = ex.violations().get(0);
		return text(HttpStatus.BAD_REQUEST, violation.rule(), violation.field() + ": " + violation.message());
	}

	@ExceptionHandler(RuleViolationException.class)
	ResponseEntity<String> refused(RuleViolationException ex) {
		return text(HttpStatus.valueOf(ex.status()), ex.rule(), ex.getMessage());
	}

	@ExceptionHandler(NotFoundException.class)
	ResponseEntity<String> notFound(NotFoundException ex) {
		return text(HttpStatus.NOT_FOUND, "not-found", ex.getMessage());
	}

	/** The macros' own wording of a rule first, then the workspace's, then the detail. */
	private ResponseEntity<String> text(HttpStatus status, String rule, String fallback) {
		var locale = LocaleContextHolder.getLocale();
		String message = this.messages.getMessage("macros.error." + rule, null,
				this.messages.getMessage("error." + rule, null, fallback, locale), locale);
		return ResponseEntity.status(status)
			.contentType(new MediaType("text", "plain", java.nio.charset.StandardCharsets.UTF_8))
			.body(message);
	}

}
