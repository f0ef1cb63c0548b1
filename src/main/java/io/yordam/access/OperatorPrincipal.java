package io.yordam.access;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in operator, whether by form login or by a personal API token. Controllers
 * take the acting operator from here, never from a request parameter.
 */
public final class OperatorPrincipal implements UserDetails {

	private final OperatorId id;

	private final String username;

	private final String displayName;

	private final OperatorRole role;

	private final String locale;

	private final transient String passwordHash;

	private final boolean enabled;

	OperatorPrincipal(OperatorId id, String username, String displayName, OperatorRole role, String locale,
			String passwordHash, boolean enabled) {
		this.id = id;
		this.username = username;
		this.displayName = displayName;
		this.role = role;
		this.locale = locale;
		this.passwordHash = passwordHash;
		this.enabled = enabled;
	}

	public OperatorId id() {
		return this.id;
	}

	public String displayName() {
		return this.displayName;
	}

	public OperatorRole role() {
		return this.role;
	}

	public String locale() {
		return this.locale;
	}

	public boolean isAtLeast(OperatorRole other) {
		return this.role.ordinal() >= other.ordinal();
	}

	/**
	 * Refuses (403 problem, rule {@code role}) an operator below the role an action
	 * needs. For a staff action, use {@link #require(StaffAction)}: its rule is listed
	 * once, and the agent API's URLs apply it too.
	 */
	public void require(OperatorRole role) {
		if (!isAtLeast(role)) {
			throw new io.yordam.common.RuleViolationException(403, "role",
					"Only a " + role.name().toLowerCase(java.util.Locale.ROOT) + " may do this");
		}
	}

	/** Refuses (403 problem, rule {@code role}) an operator whose role may not act. */
	public void require(StaffAction action) {
		require(action.least());
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority(this.role.authority()));
	}

	@Override
	public String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.username;
	}

	@Override
	public boolean isEnabled() {
		return this.enabled;
	}

	@Override
	public String toString() {
		return "Operator[" + this.username + " " + this.role + "]";
	}

}
