package io.yordam.access;

/**
 * An operator as the admins' staff list and the weekly report see them: no credentials.
 * {@code email} is null when none was set.
 */
public record StaffMember(OperatorId id, String username, String displayName, OperatorRole role, String locale,
		String email, boolean enabled) {

	@Override
	public String toString() {
		return "StaffMember[" + this.username + ", " + this.role + ", email " + ((this.email != null) ? "set" : "none")
				+ "]";
	}

}
