package io.yordam.common;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.core.MethodParameter;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.validation.method.ParameterValidationResult;
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

	/** A query parameter or path segment of the wrong kind ({@code page=abc}). */
	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ProblemDetail> mistyped(MethodArgumentTypeMismatchException ex) {
		return ResponseEntity.badRequest()
			.body(invalidProblem(List.of(new InvalidInputException.Violation(ex.getName(), "type",
					"expected " + TypeWords.of(ex.getRequiredType())))));
	}

	/**
	 * Bounds on query parameters ({@code page}, {@code limit}, {@code days}), each named.
	 */
	@ExceptionHandler(HandlerMethodValidationException.class)
	ResponseEntity<ProblemDetail> invalidParameters(HandlerMethodValidationException ex) {
		List<InvalidInputException.Violation> violations = new java.util.ArrayList<>();
		for (ParameterValidationResult result : ex.getParameterValidationResults()) {
			if (result instanceof ParameterErrors body) {
				// A @Valid body beside bounded parameters: its fields by their paths.
				body.getFieldErrors().forEach(error -> violations.add(violation(error)));
				continue;
			}
			String name = parameterName(result.getMethodParameter());
			for (MessageSourceResolvable error : result.getResolvableErrors()) {
				violations.add(new InvalidInputException.Violation(name, rule(error.getCodes()),
						plain(error.getDefaultMessage())));
			}
		}
		return ResponseEntity.badRequest().body(invalidProblem(violations));
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

	/**
	 * Two writers changed the same thing at once and this one lost: nothing of it was
	 * written; the client reads again and retries (409, not a server error).
	 */
	@ExceptionHandler(org.springframework.dao.OptimisticLockingFailureException.class)
	ResponseEntity<ProblemDetail> conflict(org.springframework.dao.OptimisticLockingFailureException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				"It was changed by someone else at the same moment; nothing was saved. Read it again and retry.");
		problem.setTitle("Changed at the same moment");
		problem.setType(URI.create("https://yordam.io/problems/concurrent-change"));
		return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
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
		return new InvalidInputException.Violation(error.getField(), rule, plain(error.getDefaultMessage()));
	}

	/**
	 * The name a client sent: the request parameter's or path variable's, else the Java
	 * one.
	 */
	private static String parameterName(MethodParameter parameter) {
		RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
		if (param != null && !param.name().isEmpty()) {
			return param.name();
		}
		PathVariable path = parameter.getParameterAnnotation(PathVariable.class);
		if (path != null && !path.name().isEmpty()) {
			return path.name();
		}
		return (parameter.getParameterName() != null) ? parameter.getParameterName() : "$";
	}

	/** The constraint's own name ("Max" -> "max"), the last and shortest of its codes. */
	private static String rule(String[] codes) {
		if (codes == null || codes.length == 0) {
			return "invalid";
		}
		String code = codes[codes.length - 1];
		return Character.toLowerCase(code.charAt(0)) + code.substring(1);
	}

	/** A framework message, unless it names Java types (then a plain one). */
	private static String plain(String message) {
		return TypeWords.isPlain(message) ? message : "is invalid";
	}

}
