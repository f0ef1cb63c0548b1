package io.yordam.common;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import tools.jackson.core.JacksonException;

/** Turns the module exceptions into RFC 9457 problem details for every JSON endpoint. */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
class ProblemDetailsAdvice {

	@ExceptionHandler(InvalidInputException.class)
	ResponseEntity<ProblemDetail> invalid(InvalidInputException ex) {
		return ResponseEntity.badRequest().body(invalidProblem(ex.violations()));
	}

	@ExceptionHandler(MethodArgumentNotValidException.class)
	ResponseEntity<ProblemDetail> invalidBody(MethodArgumentNotValidException ex) {
		List<InvalidInputException.Violation> violations = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(ProblemDetailsAdvice::violation)
			.toList();
		return ResponseEntity.badRequest().body(invalidProblem(violations));
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException ex) {
		InvalidInputException invalid = (ex.getCause() instanceof JacksonException jackson)
				? JsonInput.fromJackson(jackson) : new InvalidInputException("$", "json", "The body is not valid JSON");
		return ResponseEntity.badRequest().body(invalidProblem(invalid.violations()));
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException ex) {
		return ResponseEntity.badRequest()
			.body(invalidProblem(List.of(new InvalidInputException.Violation("file", "max-size",
					"The file is larger than the upload limit"))));
	}

	@ExceptionHandler(NotFoundException.class)
	ResponseEntity<ProblemDetail> notFound(NotFoundException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
		problem.setTitle("Not found");
		return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
	}

	@ExceptionHandler(RuleViolationException.class)
	ResponseEntity<ProblemDetail> refused(RuleViolationException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(ex.status()), ex.getMessage());
		problem.setTitle("Refused by rule " + ex.rule());
		problem.setType(URI.create("https://yordam.io/problems/" + ex.rule()));
		problem.setProperty("rule", ex.rule());
		return ResponseEntity.status(ex.status()).body(problem);
	}

	static ProblemDetail invalidProblem(List<InvalidInputException.Violation> violations) {
		ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
		problem.setType(URI.create("https://yordam.io/problems/invalid-input"));
		problem.setTitle("Invalid input");
		problem.setDetail(violations.stream()
			.map(v -> v.field() + ": " + v.message())
			.reduce((a, b) -> a + "; " + b)
			.orElse("invalid input"));
		problem.setProperty("errors",
				violations.stream()
					.map(v -> Map.of("field", v.field(), "rule", v.rule(), "message", v.message()))
					.toList());
		return problem;
	}

	private static InvalidInputException.Violation violation(FieldError error) {
		String rule = error.getCode() == null ? "invalid" : error.getCode();
		return new InvalidInputException.Violation(error.getField(), rule,
				error.getDefaultMessage() == null ? "is invalid" : error.getDefaultMessage());
	}

}
