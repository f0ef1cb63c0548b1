package io.yordam.orders;

import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The platform's id of an order. */
public record OrderId(@JsonValue String value) {

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public OrderId {
		Objects.requireNonNull(value, "value");
		if (value.isBlank() || value.length() > 64) {
			throw new IllegalArgumentException("An order id has 1 to 64 characters");
		}
	}

	@Override
	public String toString() {
		return this.value;
	}

}
