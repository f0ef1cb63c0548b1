package io.yordam.access;

import java.util.Objects;
import java.util.Set;

import org.springframework.security.oauth2.jwt.Jwt;

/**
 * A customer, courier or partner as the platform vouches for them in a signed token
 * ({@code sub}, {@code role}, {@code name}, {@code locale}).
 */
public record PlatformUser(String id, PlatformRole role, String name, String locale) {

	private static final Set<String> LOCALES = Set.of("ru", "uz", "en");

	public PlatformUser {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(role, "role");
		name = (name == null || name.isBlank()) ? id : name;
		locale = (locale != null && LOCALES.contains(locale)) ? locale : "ru";
	}

	/** Who this is when deciding what is theirs: role and id, never the id alone. */
	public Participant participant() {
		return new Participant(this.role, this.id);
	}

	public static PlatformUser from(Jwt jwt) {
		return new PlatformUser(jwt.getSubject(), PlatformRole.fromClaim(jwt.getClaimAsString("role")),
				jwt.getClaimAsString("name"), jwt.getClaimAsString("locale"));
	}

	@Override
	public String toString() {
		return "PlatformUser[" + this.id + " " + this.role + "]";
	}

}
