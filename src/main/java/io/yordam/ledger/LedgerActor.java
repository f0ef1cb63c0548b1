package io.yordam.ledger;

import java.util.Objects;

/**
 * Who posted: an operator, the bot or the system; and the supervisor who approved it, if
 * any.
 */
public record LedgerActor(Kind kind, String id, String name, String approvedBy) {

	public enum Kind {

		AGENT, BOT, SYSTEM

	}

	public LedgerActor {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(name, "name");
	}

	public static LedgerActor system() {
		return new LedgerActor(Kind.SYSTEM, "system", "Yordam", null);
	}

}
