package io.yordam.phone;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import io.yordam.orders.PlatformSignature;
import io.yordam.support.Http;

/** Builds and posts signed CTI events, as a PBX does. */
final class CtiEvents {

	static final String DOOR = "/api/v1/channels/phone/events";

	private final Http http;

	private final PlatformSignature signature;

	final String callId = "call-" + UUID.randomUUID().toString().substring(0, 8);

	private final String line;

	private final String from;

	CtiEvents(Http http, String secret, String line, String from) {
		this.http = http;
		this.signature = new PlatformSignature(secret);
		this.line = line;
		this.from = from;
	}

	Map<String, Object> event(String type) {
		Map<String, Object> event = new LinkedHashMap<>();
		event.put("eventId", this.callId + "-" + type + "-" + UUID.randomUUID().toString().substring(0, 4));
		event.put("callId", this.callId);
		event.put("type", type);
		event.put("line", this.line);
		event.put("from", this.from);
		return event;
	}

	Http.Response post(Map<String, Object> event) {
		byte[] body = Http.toJson(event);
		return this.http.postRaw(DOOR, body)
			.contentType("application/json")
			.header(PlatformSignature.HEADER, this.signature.sign(body))
			.send();
	}

	Http.Response send(String type, Object... pairs) {
		Map<String, Object> event = event(type);
		for (int i = 0; i < pairs.length; i += 2) {
			event.put((String) pairs[i], pairs[i + 1]);
		}
		return post(event);
	}

}
