package io.yordam.incidents;

import io.yordam.access.OperatorPrincipal;
import io.yordam.access.OperatorRole;
import io.yordam.access.StaffAction;

/**
 * Who acts on an incident: an operator (with their role's limits), the bot, or the
 * system. The one who opens an incident is its requester: their limits apply when its
 * option is paid.
 */
public record Acting(String id, String name, Role role) {

	public static final Acting SYSTEM = new Acting("system", "Yordam", Role.SYSTEM);

	/** The bot: its incidents run within the bot's own limits. */
	public static final Acting BOT = new Acting("bot", "Yordam bot", Role.BOT);

	public static Acting of(OperatorPrincipal operator) {
		return new Acting(operator.id().toString(), operator.displayName(), Role.of(operator.role()));
	}

	/** Refuses (403, rule {@code role}) one whose role may not take the action. */
	void require(StaffAction action) {
		action.require(this.role.name());
	}

	/**
	 * An operator's role, the bot's or the system's. Stored by name (the incident's
	 * requester, the playbook settings' limits, the events).
	 */
	public enum Role {

		AGENT, SUPERVISOR, ADMIN, BOT, SYSTEM;

		static Role of(OperatorRole role) {
			return valueOf(role.name());
		}

	}

}
