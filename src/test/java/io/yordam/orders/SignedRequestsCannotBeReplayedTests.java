package io.yordam.orders;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.yordam.support.Http;
import io.yordam.support.YordamTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import static io.yordam.orders.PlatformEventBuilder.anOrderEvent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Finding 8 of issue 10: the signature covered the body only, so a captured request could
 * be sent again at any time. Now the timestamp is signed with the body and refused
 * outside a window (5 minutes), in both directions. The demo platform is on (without its
 * simulator) so that support's outgoing actions meet a real receiver.
 */
@YordamTest
@TestPropertySource(properties = { "yordam.demo.enabled=true", "yordam.demo.simulator.enabled=false" })
class SignedRequestsCannotBeReplayedTests {

	@LocalServerPort
	int port;

	@Autowired
	PlatformProperties platform;

	@Autowired
	PlatformRequests requests;

	@Autowired
	Orders orders;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	Http http;

	@BeforeEach
	void setUp() {
		this.http = new Http(this.port);
	}

	@Test
	void aCapturedEventReplayedAfterTheWindowIsRefusedAndChangesNothing() {
		PlatformEventBuilder event = anOrderEvent();
		byte[] body = Http.toJson(event.build());
		String captured = this.platform.signature().sign(body, this.clock.instant().minus(Duration.ofMinutes(6)));

		Http.Response replay = post(body, captured);

		assertThat(replay.status()).as(replay.toString()).isEqualTo(401);
		assertThat(replay.header("Content-Type")).contains("application/problem+json");
		assertThat(replay.json().path("rule").asString()).isEqualTo("signature-expired");
		assertThat(this.orders.find(new OrderId(event.orderId()))).isEmpty();
		assertThat(storedEvents(event.eventId())).isZero();
	}

	@Test
	void aCapturedStatusChangeReplayedLaterCannotMoveAnOrder() {
		// The order is created, then a "cancelled" event is captured in flight and
		// replayed once the window has passed: the order must stay as it is.
		PlatformEventBuilder created = anOrderEvent();
		assertThat(post(Http.toJson(created.build()), null).status()).isEqualTo(200);
		PlatformEventBuilder cancelled = anOrderEvent().order(created.orderId())
			.type("order.cancelled")
			.status("CANCELLED");
		byte[] body = Http.toJson(cancelled.build());
		String captured = this.platform.signature().sign(body, this.clock.instant().minus(Duration.ofMinutes(10)));

		assertThat(post(body, captured).status()).isEqualTo(401);
		assertThat(this.orders.find(new OrderId(created.orderId())).orElseThrow().status())
			.isEqualTo(OrderStatus.CREATED);
		assertThat(storedEvents(cancelled.eventId())).isZero();
	}

	@Test
	void anEventSignedTooFarInTheFutureIsRefused() {
		PlatformEventBuilder event = anOrderEvent();
		byte[] body = Http.toJson(event.build());
		String early = this.platform.signature().sign(body, this.clock.instant().plus(Duration.ofMinutes(6)));

		Http.Response response = post(body, early);

		assertThat(response.status()).isEqualTo(401);
		assertThat(response.json().path("rule").asString()).isEqualTo("signature-expired");
		assertThat(storedEvents(event.eventId())).isZero();
	}

	@Test
	void aTamperedTimestampIsRefusedAndChangesNothing() {
		PlatformEventBuilder event = anOrderEvent();
		byte[] body = Http.toJson(event.build());
		long then = this.clock.instant().minus(Duration.ofMinutes(6)).getEpochSecond();
		String captured = this.platform.signature().sign(body, java.time.Instant.ofEpochSecond(then));
		String refreshed = captured.replace("t=" + then, "t=" + this.clock.instant().getEpochSecond());

		Http.Response response = post(body, refreshed);

		assertThat(response.status()).as(response.toString()).isEqualTo(401);
		assertThat(response.json().path("rule").asString()).isEqualTo("signature");
		assertThat(this.orders.find(new OrderId(event.orderId()))).isEmpty();
		assertThat(storedEvents(event.eventId())).isZero();
	}

	@Test
	void theOldBodyOnlySignatureIsNoLongerAccepted() {
		PlatformEventBuilder event = anOrderEvent();
		byte[] body = Http.toJson(event.build());
		String v1 = this.platform.signature().sign(body);
		Http.Response response = post(body, "sha256=" + v1.substring(v1.indexOf("v1=") + 3));
		assertThat(response.status()).isEqualTo(401);
		assertThat(storedEvents(event.eventId())).isZero();
	}

	@Test
	void aFreshlySignedEventIsTakenAndItsReplayWithinTheWindowIsADuplicate() {
		PlatformEventBuilder event = anOrderEvent();
		byte[] body = Http.toJson(event.build());
		String header = this.platform.signature().sign(body);

		assertThat(post(body, header).json().path("outcome").asString()).isEqualTo("applied");
		assertThat(post(body, header).json().path("outcome").asString()).isEqualTo("duplicate");
		assertThat(storedEvents(event.eventId())).isOne();
	}

	@Test
	void supportSignsItsActionsWithATimestampAndTheReceiverActsOncePerSignedKey() {
		String orderId = this.http.post("/demo/api/customers/c-0004/orders", null).send().json().path("id").asString();
		String key = "replay-test:" + UUID.randomUUID();

		this.requests.request(new OrderAction.SwitchToCash(new OrderId(orderId)), key, key);

		await().atMost(Duration.ofSeconds(15))
			.untilAsserted(() -> assertThat(this.requests.requestedFor(key)).singleElement()
				.satisfies(r -> assertThat(r.status()).isEqualTo(PlatformActionView.Status.DONE)));
		assertThat(receivedByTheDemoPlatform(key)).hasSize(1);
	}

	private List<JsonNode> receivedByTheDemoPlatform(String key) {
		List<JsonNode> received = new ArrayList<>();
		this.http.get("/demo/api/platform/actions").send().json().forEach(received::add);
		return received.stream().filter(a -> a.path("idempotencyKey").asString().equals(key)).toList();
	}

	private Http.Response post(byte[] body, String signature) {
		return this.http.postRaw("/api/v1/platform/events", body)
			.header(PlatformSignature.HEADER, (signature != null) ? signature : this.platform.signature().sign(body))
			.send();
	}

	private int storedEvents(String id) {
		return this.jdbc.queryForObject("select count(*) from platform_events where id = ?", Integer.class, id);
	}

}
