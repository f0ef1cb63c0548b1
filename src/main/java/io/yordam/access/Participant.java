package io.yordam.access;

import java.util.Objects;

/**
 * Who a customer, courier or partner is, for deciding what is theirs: the role and the
 * platform's id together. The platform keeps customers, couriers and restaurants in id
 * spaces of their own, so the same id may name a customer and a courier; an id alone
 * never decides ownership.
 */
public record Participant(PlatformRole role, String id) {

	public Participant {
		Objects.requireNonNull(role, "role");
		Objects.requireNonNull(id, "id");
	}

	public static Participant customer(String id) {
		return new Participant(PlatformRole.CUSTOMER, id);
	}

	/**
	 * One text for both parts ({@code CUSTOMER:c-42}), where a single key is kept: a
	 * vote's reader, a lock's owner.
	 */
	public String key() {
		return this.role.name() + ":" + this.id;
	}

	@Override
	public String toString() {
		return "Participant[" + this.role + " " + this.id + "]";
	}

}
