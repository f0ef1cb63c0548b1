package io.yordam.fcm;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.google.auth.oauth2.GoogleCredentials;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

import io.yordam.push.DeviceKind;
import io.yordam.push.PushDevice;
import io.yordam.push.PushMessage;
import io.yordam.push.PushResult;
import io.yordam.push.PushTransport;

/**
 * Sends one message to one app install through FCM's HTTP v1 API with the service
 * account's access token (refreshed by the library before it expires, and at once after a
 * 401). FCM's UNREGISTERED (or 404) means the app was uninstalled: the token is gone.
 */
class FcmTransport implements PushTransport {

	private final RestClient rest;

	private final GoogleCredentials credentials;

	private final ObjectMapper mapper;

	private final FcmProperties properties;

	FcmTransport(RestClient rest, GoogleCredentials credentials, ObjectMapper mapper, FcmProperties properties) {
		this.rest = rest;
		this.credentials = credentials;
		this.mapper = mapper;
		this.properties = properties;
	}

	@Override
	public DeviceKind kind() {
		return DeviceKind.FCM;
	}

	@Override
	public PushResult send(PushDevice device, PushMessage message) {
		String token;
		try {
			this.credentials.refreshIfExpired();
			token = this.credentials.getAccessToken().getTokenValue();
		}
		catch (IOException ex) {
			return new PushResult.Later("no access token: " + ex.getMessage(), null);
		}
		try {
			return this.rest.post()
				.uri("/v1/projects/{project}/messages:send", this.properties.projectId())
				.headers(headers -> headers.setBearerAuth(token))
				.contentType(MediaType.APPLICATION_JSON)
				.body(new Send(message(device, message)))
				.exchange((request, response) -> answer(response.getStatusCode().value(),
						response.getHeaders().getFirst("Retry-After"),
						new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8)));
		}
		catch (RestClientException ex) {
			return new PushResult.Later("unreachable: " + ex.getMessage(), null);
		}
	}

	private PushResult answer(int status, String retryAfter, String body) throws IOException {
		if (status == 401) {
			// The token was revoked or the clock moved: a new one for the next try.
			this.credentials.refresh();
		}
		if (status == 400 || status == 404) {
			JsonNode details = this.mapper.readTree(body.isBlank() ? "{}" : body).path("error").path("details");
			for (JsonNode detail : details) {
				if ("UNREGISTERED".equals(detail.path("errorCode").asString(""))) {
					return new PushResult.Gone("UNREGISTERED");
				}
			}
		}
		return PushResult.ofStatus(status, retryAfter, body);
	}

	private Message message(PushDevice device, PushMessage message) {
		Map<String, String> data = new java.util.LinkedHashMap<>();
		data.put("noticeId", message.noticeId().toString());
		data.put("kind", message.kind().name());
		data.put("locale", message.locale());
		if (message.orderId() != null) {
			data.put("orderId", message.orderId());
		}
		if (message.orderNumber() != null) {
			data.put("orderNumber", message.orderNumber());
		}
		return new Message(device.address(), new Notification(message.title(), message.body()), data,
				new Android(this.properties.ttl().toSeconds() + "s", "HIGH"));
	}

	record Send(Message message) {
	}

	record Message(String token, Notification notification, Map<String, String> data, Android android) {
	}

	record Notification(String title, String body) {
	}

	record Android(String ttl, String priority) {
	}

}
