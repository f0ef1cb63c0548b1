package io.yordam.access;

import java.io.Serializable;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;

public record OperatorId(@JsonValue UUID value) implements Serializable {

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public OperatorId {
		Objects.requireNonNull(value, "value");
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
