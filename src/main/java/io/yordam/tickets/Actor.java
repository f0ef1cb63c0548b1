package io.yordam.tickets;

import io.yordam.access.OperatorPrincipal;

/** Who made a change, as the audit trail records it. */
public record Actor(String id, String name) {

	public static final Actor SYSTEM = new Actor("system", "Yordam");

	public static final Actor BOT = new Actor("bot", "Yordam bot");

	public static Actor of(OperatorPrincipal operator) {
		return new Actor(operator.id().toString(), operator.displayName());
	}

	static Actor requester(String id, String name) {
		return new Actor(id, name);
	}

}
