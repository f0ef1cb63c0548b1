package io.yordam.access;

import java.security.Principal;
import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Tells who stands behind a principal, wherever it came from (HTTP, STOMP, API token).
 */
public final class Principals {

	private Principals() {
	}

	public static Optional<OperatorPrincipal> operator(Principal principal) {
		if (principal instanceof Authentication auth && auth.getPrincipal() instanceof OperatorPrincipal operator) {
			return Optional.of(operator);
		}
		return Optional.empty();
	}

	public static Optional<PlatformUser> platformUser(Principal principal) {
		if (principal instanceof Authentication auth && auth.getPrincipal() instanceof Jwt jwt) {
			return Optional.of(PlatformUser.from(jwt));
		}
		return Optional.empty();
	}

}
