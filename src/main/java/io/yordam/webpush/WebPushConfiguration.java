package io.yordam.webpush;

import java.net.http.HttpClient;
import java.time.Duration;

import com.interaso.webpush.VapidKeys;
import com.interaso.webpush.WebPush;
import tools.jackson.databind.ObjectMapper;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The Web Push channel's parts, all or none: with {@code yordam.webpush.enabled} off
 * nothing of it exists. It refuses to start without a valid VAPID key pair and subject.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("yordam.webpush.enabled")
@EnableConfigurationProperties(WebPushProperties.class)
class WebPushConfiguration {

	@Bean
	WebPush webPush(WebPushProperties properties) {
		if (!properties.subject().matches("(mailto:|https://)\\S+")) {
			throw new IllegalStateException(
					"yordam.webpush.subject (mailto:… or https://…) is required with yordam.webpush.enabled");
		}
		VapidKeys keys;
		try {
			keys = VapidKeys.fromUncompressedBytes(properties.vapidPublicKey(), properties.vapidPrivateKey());
		}
		catch (RuntimeException ex) {
			throw new IllegalStateException(
					"yordam.webpush.vapid-public-key and -private-key must be a P-256 pair "
							+ "in base64url (the uncompressed point and the 32-byte private key): " + ex.getMessage(),
					ex);
		}
		return new WebPush(properties.subject(), keys);
	}

	@Bean
	WebPushTransport webPushTransport(WebPush webPush, ObjectMapper mapper, WebPushProperties properties) {
		HttpClient http = HttpClient.newBuilder()
			.connectTimeout(Duration.ofSeconds(10))
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		return new WebPushTransport(webPush, http, mapper, properties.ttl());
	}

	@Bean
	Subscriptions webPushSubscriptions(WebPushProperties properties) {
		return new Subscriptions(properties.allowedHosts(), properties.allowHttp());
	}

}
