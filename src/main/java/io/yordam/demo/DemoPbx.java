package io.yordam.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import tools.jackson.databind.ObjectMapper;

import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

import io.yordam.orders.PlatformSignature;

/**
 * The demo's PBX: it tells Yordam about its calls as a cloud PBX would, through the
 * signed CTI webhook (docs/integration.md, "Phone lines"), each event with an id of its
 * own. It remembers its calls for the demo's phone page, the newest few only.
 */
final class DemoPbx {

	/** A call on the demo's PBX, from a demo customer or courier. */
	record Call(String id, String callerName, String phone, String line, Instant ringingAt, Instant answeredAt,
			String state) {
	}

	private final Map<String, Call> calls = new ConcurrentHashMap<>();

	private final AtomicLong events = new AtomicLong();

	private final YordamClient yordam;

	private final RestClient http = RestClient.create();

	private final ObjectMapper mapper;

	private final PlatformSignature signature;

	private final Clock clock;

	DemoPbx(YordamClient yordam, ObjectMapper mapper, String secret, Clock clock) {
		this.yordam = yordam;
		this.mapper = mapper;
		this.signature = new PlatformSignature(secret, PlatformSignature.DEFAULT_TOLERANCE, clock);
		this.clock = clock;
	}

	Optional<Call> find(String id) {
		return Optional.ofNullable(id).map(this.calls::get);
	}

	/**
	 * A caller dials a line; {@code extension}: the agent's phone it rings at, if any.
	 */
	Call ring(String callerName, String phone, String line, String extension) {
		if (this.calls.size() > 200) {
			this.calls.clear();
		}
		Call call = new Call("demo-" + UUID.randomUUID().toString().substring(0, 8), callerName, phone, line,
				this.clock.instant(), null, "ringing");
		this.calls.put(call.id(), call);
		send(call, "ringing", "extension", extension);
		return call;
	}

	void answer(String id, String extension) {
		Call call = this.calls.computeIfPresent(id, (key, c) -> new Call(c.id(), c.callerName(), c.phone(), c.line(),
				c.ringingAt(), this.clock.instant(), "answered"));
		send(call, "answered", "extension", extension);
	}

	void hangUp(String id) {
		Call call = this.calls.get(id);
		long seconds = Duration.between(call.answeredAt(), this.clock.instant()).toSeconds();
		send(call, "ended", "durationSeconds", (int) Math.max(1, seconds), "recordingUrl",
				"https://pbx.tezkor.demo/recordings/" + call.id() + ".mp3");
		state(call, "ended");
	}

	void miss(String id) {
		send(this.calls.get(id), "missed");
		state(this.calls.get(id), "missed");
	}

	void voicemail(String id) {
		send(this.calls.get(id), "voicemail", "durationSeconds", 14, "recordingUrl",
				"https://pbx.tezkor.demo/voicemail/" + id + ".wav");
		state(this.calls.get(id), "voicemail");
	}

	private void state(Call call, String state) {
		this.calls.put(call.id(), new Call(call.id(), call.callerName(), call.phone(), call.line(), call.ringingAt(),
				call.answeredAt(), state));
	}

	private void send(Call call, String type, Object... pairs) {
		Map<String, Object> event = new LinkedHashMap<>();
		event.put("eventId", call.id() + "-" + this.events.incrementAndGet());
		event.put("callId", call.id());
		event.put("type", type);
		event.put("line", call.line());
		event.put("from", call.phone());
		event.put("occurredAt", this.clock.instant().toString());
		for (int i = 0; i < pairs.length; i += 2) {
			if (pairs[i + 1] != null && !"".equals(pairs[i + 1])) {
				event.put((String) pairs[i], pairs[i + 1]);
			}
		}
		byte[] body = this.mapper.writeValueAsBytes(event);
		String base = this.yordam.baseUrl().orElseThrow(() -> new IllegalStateException("Yordam is not up yet"));
		this.http.post()
			.uri(base + "/api/v1/channels/phone/events")
			.contentType(MediaType.APPLICATION_JSON)
			.header(PlatformSignature.HEADER, this.signature.sign(body))
			.body(body)
			.retrieve()
			.toBodilessEntity();
	}

}
