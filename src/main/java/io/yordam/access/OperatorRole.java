package io.yordam.access;

/** Ranked: a supervisor may do all an agent may, an admin all a supervisor may. */
public enum OperatorRole {

	AGENT, SUPERVISOR, ADMIN;

	public String authority() {
		return "ROLE_" + name();
	}

}
