package io.yordam.phone;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import io.yordam.access.OperatorPrincipal;
import io.yordam.access.OperatorRole;
import io.yordam.access.Operators;
import io.yordam.access.PlatformRole;
import io.yordam.conversations.Channel;
import io.yordam.orders.PlatformEventBuilder;
import io.yordam.orders.PlatformProperties;
import io.yordam.orders.PlatformSignature;
import io.yordam.sla.SlaClockView;
import io.yordam.sla.SlaClocks;
import io.yordam.sla.SlaTarget;
import io.yordam.support.Http;
import io.yordam.support.Parallel;
import io.yordam.support.YordamTest;
import io.yordam.tickets.TicketDesk;
import io.yordam.tickets.TicketLine;
import io.yordam.tickets.TicketStatus;
import io.yordam.tickets.TicketSummary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The phone lines over the real CTI webhook, on H2 and PostgreSQL: a courier's answered
 * call opens a phone ticket that is the answering agent's, with the answer as its first
 * response and the call's times, duration and recording in its timeline; a missed call
 * and a voicemail become one callback ticket under the callback's SLA, which the next
 * answered call from the same number joins; replayed, unsigned, stale and malformed
 * events are refused, logged and counted, and one event posted eight times at once is
 * taken once.
 */
@YordamTest
@TestPropertySource(properties = { "yordam.phone.enabled=true", "yordam.phone.cti-secret=" + PhoneChannelTests.SECRET })
class PhoneChannelTests {

	static final String SECRET = "cti-secret-of-the-phone-tests-0123";

	@Autowired
	TicketDesk desk;

	@Autowired
	Operators operators;

	@Autowired
	Extensions extensions;

	@Autowired
	CallbackCalls callbacks;

	@Autowired
	SlaClocks clocks;

	@Autowired
	PlatformProperties platform;

	@Autowired
	MeterRegistry meters;

	@Autowired
	JdbcTemplate jdbc;

	@org.springframework.boot.test.web.server.LocalServerPort
	int port;

	@Test
	void aCouriersAnsweredCallOpensAPhoneTicketForTheAnsweringAgentWithTheCallInItsTimeline() {
		String phone = uniquePhone();
		String orderNumber = courierOrder(phone);
		OperatorPrincipal agent = agentAt("1" + phone.substring(phone.length() - 5));
		CtiEvents call = new CtiEvents(new Http(this.port), SECRET, "couriers", phone);

		assertThat(call.send("ringing").status()).isEqualTo(200);
		assertThat(call.send("answered", "extension", this.extensions.of(agent.id()).orElseThrow())
			.json()
			.path("outcome")
			.asString()).isEqualTo("taken");
		assertThat(call.send("ended", "durationSeconds", 187, "recordingUrl", "https://pbx.example/rec/1.mp3").status())
			.isEqualTo(200);

		TicketSummary ticket = await().atMost(Duration.ofSeconds(10))
			.until(() -> ticketOfCall(call.callId), t -> t != null && t.firstResponseAt() != null);
		assertThat(ticket.channel()).isEqualTo(Channel.PHONE);
		assertThat(ticket.requesterRole()).isEqualTo(PlatformRole.COURIER);
		assertThat(ticket.line()).isEqualTo(TicketLine.COURIERS);
		assertThat(ticket.requesterName()).isEqualTo("Sardor Kuryer");
		assertThat(ticket.assigneeId()).isEqualTo(agent.id().value());
		assertThat(ticket.status()).isEqualTo(TicketStatus.OPEN);
		assertThat(String.join("\n", bodies(ticket))).contains("Malika", "3:07", "https://pbx.example/rec/1.mp3");
		assertThat(this.cards.card(call.callId).activeOrder().number()).isEqualTo(orderNumber);
		assertThat(this.desk.auditTrail(ticket.id())).anyMatch(e -> e.action().equals("phone"));
		assertThat(await().atMost(Duration.ofSeconds(10))
			.until(() -> this.desk.get(ticket.id()).orderId(), java.util.Objects::nonNull)).isNotBlank();
	}

	@Autowired
	CallCards cards;

	@Test
	void aMissedCallAndItsVoicemailBecomeOneCallbackTicketUnderTheCallbacksSlaAndTheNextCallJoinsIt() {
		String phone = uniquePhone();
		CtiEvents missed = new CtiEvents(new Http(this.port), SECRET, "customers", phone);
		missed.send("ringing");
		missed.send("missed");
		missed.send("voicemail", "durationSeconds", 21, "recordingUrl", "https://pbx.example/vm/7.wav");

		TicketSummary callback = await().atMost(Duration.ofSeconds(10))
			.until(() -> this.cards.card(missed.callId).callback(), t -> t != null);
		assertThat(callback.channel()).isEqualTo(Channel.CALLBACK);
		assertThat(callback.status()).isEqualTo(TicketStatus.NEW);
		assertThat(String.join("\n", bodies(callback))).contains("https://pbx.example/vm/7.wav", "0:21");
		SlaClockView first = await().atMost(Duration.ofSeconds(10))
			.until(() -> this.clocks.of(List.of(callback.id()))
				.getOrDefault(callback.id(), List.of())
				.stream()
				.filter(c -> c.target() == SlaTarget.FIRST_RESPONSE)
				.findFirst()
				.orElse(null), c -> c != null);
		assertThat(first.policy()).isEqualTo("Callback");
		assertThat(first.budget()).isEqualTo(Duration.ofMinutes(15));

		// The caller rings again and is answered: the call joins their open callback
		// ticket.
		OperatorPrincipal agent = agentAt("2" + phone.substring(phone.length() - 5));
		await().atMost(Duration.ofSeconds(10)).until(() -> this.cards.card(missed.callId).ticket() != null);
		CtiEvents again = new CtiEvents(new Http(this.port), SECRET, "customers", phone);
		again.send("ringing");
		assertThat(this.cards.card(again.callId).ticket().number()).isEqualTo(callback.number());
		again.send("answered", "extension", this.extensions.of(agent.id()).orElseThrow());
		TicketSummary answered = await().atMost(Duration.ofSeconds(10))
			.until(() -> this.desk.get(callback.id()), t -> t.firstResponseAt() != null);
		assertThat(answered.assigneeId()).isEqualTo(agent.id().value());
		assertThat(String.join("\n", bodies(answered))).contains("Malika");
	}

	@Test
	void anAgentMarksACallbackCalledBack() {
		String phone = uniquePhone();
		CtiEvents missed = new CtiEvents(new Http(this.port), SECRET, "customers", phone);
		missed.send("missed");
		TicketSummary callback = await().atMost(Duration.ofSeconds(10))
			.until(() -> this.cards.card(missed.callId).callback(), t -> t != null);
		OperatorPrincipal agent = agentAt("3" + phone.substring(phone.length() - 5));

		TicketSummary after = this.callbacks.calledBack(callback.id(), agent);

		assertThat(after.firstResponseAt()).isNotNull();
		assertThat(after.assigneeId()).isEqualTo(agent.id().value());
		assertThat(String.join("\n", bodies(after))).contains("Malika");
	}

	@Test
	void unsignedStaleAndMalformedEventsAreRefusedLoggedAndCountedAndWriteNothing() {
		Http http = new Http(this.port);
		CtiEvents call = new CtiEvents(http, SECRET, "customers", uniquePhone());
		byte[] body = Http.toJson(call.event("ringing"));
		double unsigned = count("unsigned");
		double replayed = count("replayed");
		double invalid = count("invalid");

		Http.Response none = http.postRaw(CtiEvents.DOOR, body).contentType("application/json").send();
		Http.Response wrong = http.postRaw(CtiEvents.DOOR, body)
			.contentType("application/json")
			.header(PlatformSignature.HEADER, new PlatformSignature("another-secret-0123456789").sign(body))
			.send();
		Http.Response stale = http.postRaw(CtiEvents.DOOR, body)
			.contentType("application/json")
			.header(PlatformSignature.HEADER,
					new PlatformSignature(SECRET).sign(body, java.time.Instant.now().minus(Duration.ofMinutes(10))))
			.send();
		Map<String, Object> noExtension = call.event("answered");
		Map<String, Object> badType = call.event("ringing");
		badType.put("type", "exploded");
		Map<String, Object> badPhone = call.event("ringing");
		badPhone.put("from", "call me maybe");

		assertThat(none.status()).isEqualTo(401);
		assertThat(none.json().path("rule").asString()).isEqualTo("signature");
		assertThat(wrong.status()).isEqualTo(401);
		assertThat(stale.status()).isEqualTo(401);
		assertThat(stale.json().path("rule").asString()).isEqualTo("signature-expired");
		assertThat(call.post(noExtension).status()).isEqualTo(400);
		assertThat(call.post(noExtension).json().toString()).contains("extension");
		assertThat(call.post(badType).json().toString()).contains("type");
		assertThat(call.post(badPhone).json().toString()).contains("from");
		assertThat(count("unsigned") - unsigned).isEqualTo(2);
		assertThat(count("replayed") - replayed).isEqualTo(1);
		assertThat(count("invalid") - invalid).isEqualTo(4);
		assertThat(this.jdbc.queryForObject("select count(*) from phone_calls where call_id = ?", Integer.class,
				call.callId))
			.isZero();
	}

	@Test
	void oneEventPostedEightTimesAtOnceIsTakenOnce() throws Exception {
		CtiEvents call = new CtiEvents(new Http(this.port), SECRET, "customers", uniquePhone());
		Map<String, Object> missed = call.event("missed");
		List<Callable<String>> posts = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			posts.add(() -> call.post(missed).json().path("outcome").asString());
		}

		assertThat(Parallel.all(posts)).containsOnlyOnce("taken").containsOnly("taken", "duplicate");

		assertThat(this.jdbc.queryForObject("select count(*) from phone_events where call_id = ?", Integer.class,
				call.callId))
			.isOne();
		TicketSummary callback = await().atMost(Duration.ofSeconds(10))
			.until(() -> this.cards.card(call.callId).callback(), t -> t != null);
		assertThat(bodies(callback)).hasSize(1);
		assertThat(this.jdbc.queryForObject("select count(*) from phone_contacts where digits = ?", Integer.class,
				io.yordam.orders.PhoneDigits.of((String) missed.get("from")).orElseThrow()))
			.isOne();
	}

	private double count(String outcome) {
		var counter = this.meters.find("yordam.phone.cti.events").tag("outcome", outcome).counter();
		return (counter != null) ? counter.count() : 0;
	}

	private TicketSummary ticketOfCall(String callId) {
		return this.cards.card(callId).ticket();
	}

	private String courierOrder(String phone) {
		String courierId = "k-" + UUID.randomUUID().toString().substring(0, 6);
		PlatformEventBuilder event = PlatformEventBuilder.anOrderEvent()
			.customer("c-" + courierId, "Aziza", "uz")
			.status("ON_THE_WAY")
			.courier(courierId, "Sardor Kuryer", phone);
		byte[] body = Http.toJson(event.build());
		assertThat(new Http(this.port).postRaw("/api/v1/platform/events", body)
			.header("X-Yordam-Signature", this.platform.signature().sign(body))
			.send()
			.status()).isEqualTo(200);
		return event.number();
	}

	private OperatorPrincipal agentAt(String extension) {
		String name = "phone-agent-" + UUID.randomUUID().toString().substring(0, 6);
		this.operators.register(name, "Malika", "a-long-password-1", OperatorRole.AGENT, "ru");
		OperatorPrincipal agent = this.operators.find(name).orElseThrow();
		this.extensions.assign(agent.id(), extension);
		return agent;
	}

	private List<String> bodies(TicketSummary ticket) {
		return this.jdbc.queryForList("select body from messages where conversation_id = ? order by seq", String.class,
				ticket.conversationId());
	}

	/** A number of its own for each test: +998 9x xxx xx xx. */
	private static String uniquePhone() {
		long n = Math.abs(UUID.randomUUID().getLeastSignificantBits()) % 10_000_000L;
		return "+998 90 %07d".formatted(n);
	}

}
