package io.yordam.webpush;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The Web Push channel's settings ({@code yordam.webpush.*}).
 *
 * @param enabled whether the channel exists
 * @param subject who sends, for the push services ({@code mailto:} or {@code https:})
 * @param vapidPublicKey the VAPID public key, the uncompressed P-256 point in base64url
 * (what browsers call the application server key)
 * @param vapidPrivateKey its private key, 32 bytes in base64url; a secret
 * @param ttl how long a push service keeps a notification for an offline browser
 * @param allowedHosts the push services subscriptions may point at (a host, or a suffix
 * starting with a dot): the server posts to them, so not to any address a client names
 * @param allowHttp whether plain-http endpoints are accepted (tests' local push service)
 */
@ConfigurationProperties("yordam.webpush")
record WebPushProperties(@DefaultValue("false") boolean enabled, @DefaultValue("") String subject,
		@DefaultValue("") String vapidPublicKey, @DefaultValue("") String vapidPrivateKey,
		@DefaultValue("PT24H") Duration ttl, @DefaultValue( {
				"fcm.googleapis.com", "updates.push.services.mozilla.com", ".push.apple.com",
				".notify.windows.com" }) List<String> allowedHosts,
		@DefaultValue("false") boolean allowHttp){

}
