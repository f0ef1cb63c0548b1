package io.yordam.conversations;

import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;

public record ConversationId(@JsonValue UUID value) {

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public ConversationId {
		Objects.requireNonNull(value, "value");
	}

	public static ConversationId parse(String value) {
		return new ConversationId(UUID.fromString(value));
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
