package io.yordam.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * The claims a platform token must carry, checked by type and size before anything reads
 * them (a {@code role} of the wrong type, or a {@code sub} longer than an id column, is
 * an invalid token, not a server error). A token must expire, and within a day: one
 * without {@code exp} would be a password for ever. HTTP bearer and STOMP CONNECT share
 * the decoder, so both doors refuse the same tokens.
 */
record PlatformClaims(Clock clock) implements OAuth2TokenValidator<Jwt> {

	static final Duration LONGEST_LIFETIME = Duration.ofHours(24);

	private static final Duration SKEW = Duration.ofMinutes(1);

	private static final Set<String> ROLES = Set.of("customer", "courier", "partner");

	@Override
	public OAuth2TokenValidatorResult validate(Jwt jwt) {
		Map<String, Object> claims = jwt.getClaims();
		if (!(claims.get("sub") instanceof String sub) || sub.isBlank() || sub.length() > 64) {
			return invalid("sub must be a text of 1 to 64 characters");
		}
		if (!(claims.get("role") instanceof String role) || !ROLES.contains(role)) {
			return invalid("role must be one of customer, courier, partner");
		}
		if (claims.get("name") != null && !(claims.get("name") instanceof String name && name.length() <= 255)) {
			return invalid("name must be a text of at most 255 characters");
		}
		if (claims.get("locale") != null && !(claims.get("locale") instanceof String locale && locale.length() <= 16)) {
			return invalid("locale must be a short text");
		}
		Instant expires = jwt.getExpiresAt();
		if (expires == null) {
			return invalid("exp is required");
		}
		Instant issued = jwt.getIssuedAt();
		if (expires.isAfter(this.clock.instant().plus(LONGEST_LIFETIME).plus(SKEW))
				|| (issued != null && Duration.between(issued, expires).compareTo(LONGEST_LIFETIME) > 0)) {
			return invalid("a token lives at most " + LONGEST_LIFETIME.toHours() + " hours");
		}
		return OAuth2TokenValidatorResult.success();
	}

	private static OAuth2TokenValidatorResult invalid(String description) {
		return OAuth2TokenValidatorResult.failure(new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, description, null));
	}

}
