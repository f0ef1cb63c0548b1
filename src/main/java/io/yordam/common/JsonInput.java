package io.yordam.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;

/**
 * Reads a JSON body into a typed record and validates it, turning every failure into an
 * {@link InvalidInputException} that names the field by its path
 * ({@code order.customer.id}).
 */
public final class JsonInput {

	private JsonInput() {
	}

	public static <T> T read(ObjectMapper mapper, Validator validator, byte[] body, Class<T> type) {
		T value;
		try {
			value = mapper.readValue(body, type);
		}
		catch (JacksonException ex) {
			throw fromJackson(ex);
		}
		if (value == null) {
			throw new InvalidInputException("$", "required", "The body must be a JSON object");
		}
		validate(validator, value);
		return value;
	}

	public static <T> void validate(Validator validator, T value) {
		Set<ConstraintViolation<T>> violations = validator.validate(value);
		if (!violations.isEmpty()) {
			List<InvalidInputException.Violation> list = new ArrayList<>();
			violations.stream()
				.sorted((a, b) -> a.getPropertyPath().toString().compareTo(b.getPropertyPath().toString()))
				.forEach(v -> list.add(new InvalidInputException.Violation(v.getPropertyPath().toString(), ruleName(v),
						v.getMessage())));
			throw new InvalidInputException(list);
		}
	}

	/**
	 * The field and what it expected, in plain words: never a Java class name
	 * ({@code ParticipantChatController$StartRequest}), which tells a client nothing and
	 * a prober how the server is built.
	 */
	public static InvalidInputException fromJackson(JacksonException ex) {
		String path = path(ex);
		String field = path.isEmpty() ? "$" : path;
		if (ex instanceof StreamConstraintsException) {
			return new InvalidInputException("$", "json-limits",
					"The body is too large or too deeply nested (a number, a string or the nesting is over the limit)");
		}
		if (ex instanceof InvalidFormatException format && format.getValue() instanceof String text
				&& text.indexOf('\u0000') >= 0) {
			return new InvalidInputException(field, StrictJson.NUL_RULE,
					"must not contain the NUL character (\\u0000)");
		}
		if (ex instanceof UnrecognizedPropertyException) {
			return new InvalidInputException(field, "unknown", "is not a known field");
		}
		if (ex instanceof InputCoercionException coercion) {
			return new InvalidInputException(field, "type",
					"expected " + TypeWords.of(coercion.getTargetType()) + " within range");
		}
		if (ex instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
			return new InvalidInputException(field, path.isEmpty() ? "json" : "type",
					"expected " + TypeWords.of(mismatch.getTargetType()));
		}
		if (ex instanceof StreamReadException read) {
			TokenStreamLocation at = read.getLocation();
			return new InvalidInputException("$", "json",
					"The body is not valid JSON" + ((at != null && at.getLineNr() > 0)
							? " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")" : ""));
		}
		if (ex instanceof ValueInstantiationException && ex.getCause() instanceof IllegalArgumentException invalid
				&& TypeWords.isPlain(invalid.getMessage())) {
			// A typed value refused itself ("an order id is at most 64 characters").
			return new InvalidInputException(field, "invalid", invalid.getMessage());
		}
		return new InvalidInputException(field, path.isEmpty() ? "json" : "invalid",
				path.isEmpty() ? "The body is not a valid request" : "is not valid here");
	}

	static String path(JacksonException ex) {
		StringBuilder sb = new StringBuilder();
		for (JacksonException.Reference ref : ex.getPath()) {
			if (ref.getPropertyName() != null) {
				if (!sb.isEmpty()) {
					sb.append('.');
				}
				sb.append(ref.getPropertyName());
			}
			else if (ref.getIndex() >= 0) {
				sb.append('[').append(ref.getIndex()).append(']');
			}
		}
		return sb.toString();
	}

	private static String ruleName(ConstraintViolation<?> violation) {
		String annotation = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
		return Character.toLowerCase(annotation.charAt(0)) + annotation.substring(1);
	}

}
