package io.yordam.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * The platform-signed identity tokens of customers, couriers and partners (HS256 with the
 * shared secret, as Intercom's and Zendesk's identity verification do). Issuing is what
 * the platform does; Yordam issues only in the demo and in tests.
 */
public class PlatformTokens {

	private final JwtEncoder encoder;

	private final JwtDecoder decoder;

	private final Clock clock;

	PlatformTokens(JwtEncoder encoder, JwtDecoder decoder, Clock clock) {
		this.encoder = encoder;
		this.decoder = decoder;
		this.clock = clock;
	}

	public String issue(PlatformUser user, Duration validFor) {
		Instant now = this.clock.instant();
		JwtClaimsSet claims = JwtClaimsSet.builder()
			.subject(user.id())
			.claim("role", user.role().name().toLowerCase(java.util.Locale.ROOT))
			.claim("name", user.name())
			.claim("locale", user.locale())
			.issuedAt(now)
			.expiresAt(now.plus(validFor))
			.build();
		return this.encoder.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims))
			.getTokenValue();
	}

	/**
	 * Verifies a token (signature, expiry, claims) into the same authentication the REST
	 * API sees.
	 */
	public Authentication authenticate(String token) {
		try {
			return authentication(this.decoder.decode(token));
		}
		catch (JwtException | IllegalArgumentException ex) {
			throw new BadCredentialsException("invalid platform token", ex);
		}
	}

	static JwtAuthenticationToken authentication(Jwt jwt) {
		PlatformUser user = PlatformUser.from(jwt);
		return new JwtAuthenticationToken(jwt, List.of(new SimpleGrantedAuthority(user.role().authority())), user.id());
	}

}
