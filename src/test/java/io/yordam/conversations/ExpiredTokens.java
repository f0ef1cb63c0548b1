package io.yordam.conversations;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import javax.crypto.spec.SecretKeySpec;

import com.nimbusds.jose.jwk.source.ImmutableSecret;

import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/** Signs a token that expired an hour ago, as a stale app would present it. */
final class ExpiredTokens {

	private ExpiredTokens() {
	}

	static String expired(String secret, String subject) {
		Instant issued = Instant.now().minusSeconds(7200);
		var encoder = new NimbusJwtEncoder(
				new ImmutableSecret<>(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256")));
		JwtClaimsSet claims = JwtClaimsSet.builder()
			.subject(subject)
			.claim("role", "customer")
			.issuedAt(issued)
			.expiresAt(issued.plusSeconds(3600))
			.build();
		return encoder.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims))
			.getTokenValue();
	}

}
