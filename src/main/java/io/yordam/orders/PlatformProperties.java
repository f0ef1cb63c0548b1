package io.yordam.orders;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The delivery platform's connection: the shared secret that signs both directions, and
 * where its webhook for support's actions listens.
 */
@ConfigurationProperties("yordam.platform")
public record PlatformProperties(String secret, String webhookUrl, Duration retryFirst, Duration retryMax) {

	public PlatformProperties {
		retryFirst = (retryFirst != null) ? retryFirst : Duration.ofSeconds(2);
		retryMax = (retryMax != null) ? retryMax : Duration.ofMinutes(5);
	}

	public PlatformSignature signature() {
		return new PlatformSignature(this.secret);
	}

}
