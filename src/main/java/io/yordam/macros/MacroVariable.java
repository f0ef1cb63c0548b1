package io.yordam.macros;

import java.util.Arrays;
import java.util.Optional;

/**
 * The variables a macro's body may hold, written {@code {name}}: each is filled from the
 * live ticket and its order when the macro is inserted.
 */
public enum MacroVariable {

	/** The requester's first name. */
	NAME("name"),
	/** The human order number (E24-…), not the platform's id. */
	ORDER("order"),
	/** The order's live estimated arrival, as a Tashkent time of day. */
	ETA("eta"), RESTAURANT("restaurant"), COURIER("courier"),
	/** The latest compensation or refund paid on this ticket, in so'm. */
	AMOUNT("amount"),
	/** The replying operator's name. */
	AGENT("agent");

	private final String key;

	MacroVariable(String key) {
		this.key = key;
	}

	public String key() {
		return this.key;
	}

	public String placeholder() {
		return "{" + this.key + "}";
	}

	static Optional<MacroVariable> byKey(String key) {
		return Arrays.stream(values()).filter(v -> v.key.equals(key)).findFirst();
	}

}
