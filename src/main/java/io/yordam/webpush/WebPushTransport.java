package io.yordam.webpush;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import com.interaso.webpush.WebPush;
import tools.jackson.databind.ObjectMapper;

import io.yordam.push.DeviceKind;
import io.yordam.push.PushDevice;
import io.yordam.push.PushMessage;
import io.yordam.push.PushResult;
import io.yordam.push.PushTransport;

/**
 * Posts one encrypted notification to a subscription's endpoint. The library encrypts and
 * signs; the answer decides: 2xx sent, 404/410 gone (the browser unsubscribed), 429 and
 * 5xx later (Retry-After respected), anything else refused.
 */
class WebPushTransport implements PushTransport {

	private final WebPush webPush;

	private final HttpClient http;

	private final ObjectMapper mapper;

	private final int ttlSeconds;

	WebPushTransport(WebPush webPush, HttpClient http, ObjectMapper mapper, Duration ttl) {
		this.webPush = webPush;
		this.http = http;
		this.mapper = mapper;
		this.ttlSeconds = (int) ttl.toSeconds();
	}

	@Override
	public DeviceKind kind() {
		return DeviceKind.WEB_PUSH;
	}

	@Override
	public PushResult send(PushDevice device, PushMessage message) {
		Base64.Decoder base64 = Base64.getUrlDecoder();
		byte[] body = this.webPush.getBody(payload(message), base64.decode(device.p256dh()),
				base64.decode(device.auth()));
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(device.address()))
			.timeout(Duration.ofSeconds(20))
			.POST(HttpRequest.BodyPublishers.ofByteArray(body));
		this.webPush.getHeaders(device.address(), this.ttlSeconds, null, WebPush.Urgency.High).forEach(request::header);
		try {
			HttpResponse<String> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return PushResult.ofStatus(response.statusCode(), response.headers().firstValue("Retry-After").orElse(null),
					response.body());
		}
		catch (IOException ex) {
			return new PushResult.Later("unreachable: " + ex.getMessage(), null);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return new PushResult.Later("interrupted", null);
		}
	}

	/** What the service worker shows, and the order it opens in the chat when tapped. */
	byte[] payload(PushMessage message) {
		return this.mapper
			.writeValueAsString(new Payload(message.noticeId().toString(), message.kind().name(), message.orderId(),
					message.orderNumber(), message.locale(), message.title(), message.body()))
			.getBytes(StandardCharsets.UTF_8);
	}

	record Payload(String noticeId, String kind, String orderId, String orderNumber, String locale, String title,
			String body) {
	}

}
