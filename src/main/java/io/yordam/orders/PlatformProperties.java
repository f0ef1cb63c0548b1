package io.yordam.orders;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The delivery platform's connection: the shared secret that signs both directions, and
 * where its webhook for support's actions listens.
 */
@ConfigurationProperties("yordam.platform")
public record PlatformProperties(String secret, String webhookUrl) {

	public PlatformSignature signature() {
		return new PlatformSignature(this.secret);
	}

}
