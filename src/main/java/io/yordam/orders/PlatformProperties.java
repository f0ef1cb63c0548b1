package io.yordam.orders;

import java.time.Clock;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * The delivery platform's connection: the shared secret that signs both directions and
 * how far a signature's timestamp may be from now, the largest event body taken in, where
 * the platform's webhook for support's actions listens and how long a call to it may
 * take.
 */
@ConfigurationProperties("yordam.platform")
public record PlatformProperties(String secret, String webhookUrl, Duration retryFirst, Duration retryMax,
		Duration signatureTolerance, DataSize maxEventSize, Duration connectTimeout, Duration readTimeout) {

	public PlatformProperties {
		retryFirst = (retryFirst != null) ? retryFirst : Duration.ofSeconds(2);
		retryMax = (retryMax != null) ? retryMax : Duration.ofMinutes(5);
		signatureTolerance = (signatureTolerance != null) ? signatureTolerance : PlatformSignature.DEFAULT_TOLERANCE;
		maxEventSize = (maxEventSize != null) ? maxEventSize : DataSize.ofKilobytes(256);
		connectTimeout = (connectTimeout != null) ? connectTimeout : Duration.ofSeconds(2);
		readTimeout = (readTimeout != null) ? readTimeout : Duration.ofSeconds(5);
	}

	/** Signs at the system clock's time: for clients and tests. */
	public PlatformSignature signature() {
		return signature(Clock.systemUTC());
	}

	public PlatformSignature signature(Clock clock) {
		return new PlatformSignature(this.secret, this.signatureTolerance, clock);
	}

}
