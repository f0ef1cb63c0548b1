package io.yordam.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;

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

	public static InvalidInputException fromJackson(JacksonException ex) {
		String path = path(ex);
		String message = (ex.getOriginalMessage() == null) ? "is not valid JSON" : firstLine(ex.getOriginalMessage());
		return new InvalidInputException(path.isEmpty() ? "$" : path, path.isEmpty() ? "json" : "type", message);
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

	private static String firstLine(String message) {
		int newline = message.indexOf('\n');
		return (newline < 0) ? message : message.substring(0, newline);
	}

}
