package io.yordam.push;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How pushes are retried ({@code yordam.push.*}), whichever the transport.
 *
 * @param maxAttempts tries of one delivery before it is recorded as given up
 * @param retryFirst the wait after the first failed try (doubled after each, unless the
 * push service says Retry-After)
 * @param retryMax the longest wait between two tries
 */
@ConfigurationProperties("yordam.push")
record PushProperties(@DefaultValue("8") int maxAttempts, @DefaultValue("PT10S") Duration retryFirst,
		@DefaultValue("PT30M") Duration retryMax) {

}
