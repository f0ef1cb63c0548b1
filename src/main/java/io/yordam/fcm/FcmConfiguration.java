package io.yordam.fcm;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.google.auth.oauth2.GoogleCredentials;
import com.google.auth.oauth2.ServiceAccountCredentials;
import tools.jackson.databind.ObjectMapper;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.RestClient;

/**
 * The FCM channel's parts, all or none: with {@code yordam.fcm.enabled} off nothing of it
 * exists. It refuses to start without a project and a readable service-account key.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("yordam.fcm.enabled")
@EnableConfigurationProperties(FcmProperties.class)
class FcmConfiguration {

	static final String SCOPE = "https://www.googleapis.com/auth/firebase.messaging";

	@Bean
	GoogleCredentials fcmCredentials(FcmProperties properties) {
		if (!properties.projectId().matches("[a-z0-9-]{1,64}")) {
			throw new IllegalStateException("yordam.fcm.project-id is required with yordam.fcm.enabled");
		}
		try (InputStream json = Files.newInputStream(Path.of(properties.serviceAccountFile()))) {
			return ServiceAccountCredentials.fromStream(json).createScoped(List.of(SCOPE));
		}
		catch (IOException | RuntimeException ex) {
			throw new IllegalStateException(
					"yordam.fcm.service-account-file must name a service account's JSON key: " + ex.getMessage(), ex);
		}
	}

	@Bean
	FcmTransport fcmTransport(RestClient.Builder builder, GoogleCredentials fcmCredentials, ObjectMapper mapper,
			FcmProperties properties) {
		return new FcmTransport(builder.clone().baseUrl(properties.apiUrl()).build(), fcmCredentials, mapper,
				properties);
	}

}
