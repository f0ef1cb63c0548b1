package io.yordam.access;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The secret that verifies platform-signed identity tokens (HS256, at least 32 bytes).
 */
@ConfigurationProperties("yordam.security")
record SecurityProperties(String platformTokenSecret) {

	SecurityProperties {
		if (platformTokenSecret == null
				|| platformTokenSecret.getBytes(java.nio.charset.StandardCharsets.UTF_8).length < 32) {
			throw new IllegalArgumentException("yordam.security.platform-token-secret must have at least 32 bytes");
		}
	}

}
