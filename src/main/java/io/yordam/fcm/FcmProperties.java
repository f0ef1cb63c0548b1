package io.yordam.fcm;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The FCM channel's settings ({@code yordam.fcm.*}).
 *
 * @param enabled whether the channel exists
 * @param projectId the Firebase project the app belongs to
 * @param serviceAccountFile the service account's JSON key file (Firebase console:
 * project settings, service accounts); a secret
 * @param apiUrl FCM's address ({@code /v1/projects/{project}/messages:send} is added)
 * @param ttl how long FCM keeps a notification for an offline phone
 */
@ConfigurationProperties("yordam.fcm")
record FcmProperties(@DefaultValue("false") boolean enabled, @DefaultValue("") String projectId,
		@DefaultValue("") String serviceAccountFile, @DefaultValue("https://fcm.googleapis.com") String apiUrl,
		@DefaultValue("PT24H") Duration ttl) {

}
