package io.yordam.conversations;

import java.util.Objects;

/**
 * A button under a support message. The customer answers with a message that carries its
 * id (or by typing); the id names what choosing it does, so it is unique.
 */
public record QuickReply(String id, String label) {

	public QuickReply {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(label, "label");
		if (id.isBlank() || id.length() > 120) {
			throw new IllegalArgumentException("A quick reply id has 1 to 120 characters");
		}
	}

}
