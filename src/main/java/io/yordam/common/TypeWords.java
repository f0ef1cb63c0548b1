package io.yordam.common;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a field expects, said in words a client's developer reads without our source: "a
 * whole number", "one of: COLD, SPOILED", never {@code java.lang.Integer} or
 * {@code ParticipantChatController$StartRequest}.
 */
public final class TypeWords {

	/** Class names, qualified names and the backticks Jackson quotes them in. */
	private static final Pattern JAVA = Pattern.compile("`|\\$|\\b(java|jakarta|tools|io\\.yordam|org)\\.[a-z]");

	private TypeWords() {
	}

	public static String of(Class<?> type) {
		if (type == null) {
			return "a value of another kind";
		}
		if (type == String.class || type == Character.class || type == char.class) {
			return "text";
		}
		if (type == Integer.class || type == int.class || type == Short.class || type == short.class
				|| type == Byte.class || type == byte.class) {
			return "a whole number (at most " + Integer.MAX_VALUE + ")";
		}
		if (type == Long.class || type == long.class || type == java.math.BigInteger.class) {
			return "a whole number";
		}
		if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
			return "a number";
		}
		if (type == Boolean.class || type == boolean.class) {
			return "true or false";
		}
		if (type.isEnum()) {
			return "one of: " + Arrays.stream(type.getEnumConstants())
				.map(c -> ((Enum<?>) c).name())
				.collect(Collectors.joining(", "));
		}
		if (type == UUID.class) {
			return "an id (UUID)";
		}
		if (type == LocalDate.class) {
			return "a date (YYYY-MM-DD)";
		}
		if (type == Instant.class || type == OffsetDateTime.class || Temporal.class.isAssignableFrom(type)) {
			return "a date and time (ISO 8601, e.g. 2026-01-31T12:00:00Z)";
		}
		if (type.isArray() || Collection.class.isAssignableFrom(type)) {
			return "a list";
		}
		if (Map.class.isAssignableFrom(type) || type.isRecord() || !type.getName().startsWith("java.")) {
			return "an object";
		}
		return "a value of another kind";
	}

	/** A message safe to show as it is: it names no Java type. */
	static boolean isPlain(String message) {
		return message != null && !message.isBlank() && !JAVA.matcher(message).find();
	}

}
