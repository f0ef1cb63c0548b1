package io.yordam.routing;

import java.nio.charset.StandardCharsets;

import io.yordam.common.RuleViolationException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A refused page (an agent on the supervisors' page): the status and a short, translated
 * text.
 */
@ControllerAdvice(assignableTypes = AgentsPage.class)
class AgentsPageErrors {

	private final MessageSource messages;

	AgentsPageErrors(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(RuleViolationException.class)
	ResponseEntity<String> refused(RuleViolationException ex) {
		return ResponseEntity.status(HttpStatus.valueOf(ex.status()))
			.contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
			.body(this.messages.getMessage("error." + ex.rule(), null, ex.getMessage(),
					LocaleContextHolder.getLocale()));
	}

}
