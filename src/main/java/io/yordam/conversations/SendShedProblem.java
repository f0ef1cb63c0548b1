package io.yordam.conversations;

import java.net.URI;
import java.util.Locale;

import io.yordam.access.PlatformUser;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A shed send, as RFC 9457 problem with Retry-After, worded in the customer's language
 * (the token's, else the request's).
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(assignableTypes = ParticipantChatController.class)
class SendShedProblem {

	static final String RULE = "overloaded";

	private final MessageSource messages;

	SendShedProblem(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(SendAdmission.Shed.class)
	ResponseEntity<ProblemDetail> shed(SendAdmission.Shed shed, Locale requestLocale) {
		Locale locale = customerLocale().orElse(requestLocale);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
				this.messages.getMessage("chat.overloaded.detail", null, locale));
		problem.setTitle(this.messages.getMessage("chat.overloaded.title", null, locale));
		problem.setType(URI.create("https://yordam.io/problems/" + RULE));
		problem.setProperty("rule", RULE);
		problem.setProperty("retryAfterSeconds", shed.retryAfterSeconds());
		return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
			.header(HttpHeaders.RETRY_AFTER, Long.toString(shed.retryAfterSeconds()))
			.body(problem);
	}

	private static java.util.Optional<Locale> customerLocale() {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof Jwt jwt) {
			return java.util.Optional.of(Locale.forLanguageTag(PlatformUser.from(jwt).locale()));
		}
		return java.util.Optional.empty();
	}

}
