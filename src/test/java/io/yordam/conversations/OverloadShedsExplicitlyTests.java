package io.yordam.conversations;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;

import io.yordam.access.PlatformRole;
import io.yordam.access.PlatformTokens;
import io.yordam.access.PlatformUser;
import io.yordam.support.Http;
import io.yordam.support.Parallel;
import io.yordam.support.YordamTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14, "overload degrades, never collapses": past the node's limit of sends in
 * flight a customer's send is refused at once with 429 and Retry-After, writes nothing,
 * and the same clientMessageId sent again later is stored exactly once.
 */
@YordamTest
class OverloadShedsExplicitlyTests {

	static final int LIMIT = 3;

	static final int SENDERS = 40;

	@DynamicPropertySource
	static void limits(DynamicPropertyRegistry registry) {
		registry.add("yordam.chat.admission.max-in-flight", () -> LIMIT);
		registry.add("yordam.chat.admission.retry-after", () -> "PT1S");
	}

	@LocalServerPort
	int port;

	@Autowired
	PlatformTokens tokens;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SendAdmission admission;

	@Test
	void fortySendsAtOnceAreAcceptedOrShedAndTheShedOnesLandExactlyOnceWhenSentAgain() throws Exception {
		Http http = new Http(this.port);
		String run = UUID.randomUUID().toString().substring(0, 8);
		List<Callable<Http.Response>> sends = new ArrayList<>();
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < SENDERS; i++) {
			Customer customer = customer(http, "storm-" + run + "-" + i);
			String clientMessageId = run + "-m-" + i;
			ids.add(clientMessageId);
			sends.add(() -> customer.send(http, clientMessageId, "Buyurtmam qayerda? " + clientMessageId));
		}

		List<Http.Response> first = Parallel.all(sends);

		assertThat(first).extracting(Http.Response::status).isSubsetOf(200, 429);
		assertThat(first).filteredOn(r -> r.status() == 429).allSatisfy(OverloadShedsExplicitlyTests::isShed);
		long accepted = first.stream().filter(r -> r.status() == 200).count();
		assertThat(stored(run)).as("rows written = sends accepted").isEqualTo(accepted);

		// Everybody sends again what was not answered 200 (the widget after Retry-After),
		// until all are in: each lands once, however many times it was offered.
		List<Integer> pending = new ArrayList<>();
		for (int i = 0; i < SENDERS; i++) {
			if (first.get(i).status() != 200) {
				pending.add(i);
			}
		}
		for (int round = 0; round < 20 && !pending.isEmpty(); round++) {
			List<Http.Response> again = Parallel.all(pending.stream().map(sends::get).toList());
			assertThat(again).extracting(Http.Response::status).isSubsetOf(200, 429);
			assertThat(again).filteredOn(r -> r.status() == 429).allSatisfy(OverloadShedsExplicitlyTests::isShed);
			List<Integer> still = new ArrayList<>();
			for (int k = 0; k < again.size(); k++) {
				if (again.get(k).status() != 200) {
					still.add(pending.get(k));
				}
			}
			pending = still;
		}
		assertThat(pending).as("sends never accepted").isEmpty();
		// All forty once more, at once: duplicates answer the stored message, write
		// nothing.
		assertThat(Parallel.all(sends)).extracting(Http.Response::status).isSubsetOf(200, 429);
		assertThat(stored(run)).isEqualTo(SENDERS);
		assertThat(this.jdbc.queryForList(
				"select client_message_id from messages where client_message_id like ? group by client_message_id having count(*) > 1",
				String.class, run + "-m-%"))
			.isEmpty();
		assertThat(this.admission.inFlight()).isZero();
	}

	@Test
	void aNodeAtItsLimitShedsEverySendAndWritesNothingThenAcceptsTheSameIdsOnce() throws Exception {
		Http http = new Http(this.port);
		String run = UUID.randomUUID().toString().substring(0, 8);
		Customer customer = customer(http, "held-" + run);
		List<SendAdmission.Permit> held = new ArrayList<>();
		for (int i = 0; i < LIMIT; i++) {
			held.add(this.admission.enter());
		}
		List<Callable<Http.Response>> sends = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			String clientMessageId = run + "-m-" + i;
			sends.add(() -> customer.send(http, clientMessageId, "Где мой заказ? " + clientMessageId));
		}
		sends.add(() -> http.post("/api/v1/conversations", Map.of("clientMessageId", run + "-start", "text", "Salom"))
			.bearer(customer.token())
			.send());

		List<Http.Response> shed = Parallel.all(sends);

		assertThat(shed).allSatisfy(OverloadShedsExplicitlyTests::isShed);
		assertThat(shed.get(0).json().path("detail").asString()).as("in the customer's language (uz)")
			.contains("Xabaringiz hali yuborilmadi");
		assertThat(stored(run)).isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from conversations where start_key = ?", Integer.class,
				run + "-start"))
			.isZero();

		// Shed at the door, before the token is checked or the body read: a shed send
		// costs the node next to nothing (SendDoor).
		Http.Response unchecked = http
			.post("/api/v1/conversations/" + customer.conversation() + "/messages", Map.of("clientMessageId", "x"))
			.bearer("not-a-token")
			.send();
		isShed(unchecked);
		assertThat(unchecked.json().path("detail").asString()).doesNotContain("not-a-token");

		held.forEach(SendAdmission.Permit::close);
		held.forEach(SendAdmission.Permit::close); // a second close lends nothing
		assertThat(this.admission.inFlight()).isZero();
		for (Callable<Http.Response> send : sends) {
			assertThat(send.call().status()).isIn(200, 201);
		}
		assertThat(stored(run)).as("five messages and the start's").isEqualTo(6);
	}

	@Test
	void refusedAndFailedSendsGiveTheirPermitBack() throws Exception {
		Http http = new Http(this.port);
		Customer customer = customer(http, "bad-" + UUID.randomUUID());
		for (int i = 0; i < LIMIT * 4; i++) {
			// Refused inside the chat (blank text, unknown quick reply, somebody else's
			// conversation): each after taking a permit.
			assertThat(customer.send(http, "blank-" + i, "   ").status()).isEqualTo(400);
			assertThat(http
				.post("/api/v1/conversations/" + customer.conversation() + "/messages",
						Map.of("clientMessageId", "action-" + i, "actionId", "no-such-action"))
				.bearer(customer.token())
				.send()
				.status()).isEqualTo(400);
			assertThat(http
				.post("/api/v1/conversations/" + UUID.randomUUID() + "/messages",
						Map.of("clientMessageId", "lost-" + i, "text", "hello"))
				.bearer(customer.token())
				.send()
				.status()).isEqualTo(404);
		}
		assertThat(this.admission.inFlight()).isZero();
		assertThat(customer.send(http, "good", "Hello").status()).isEqualTo(200);
	}

	private static void isShed(Http.Response response) {
		assertThat(response.status()).isEqualTo(429);
		assertThat(response.header("Retry-After")).isEqualTo("1");
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		assertThat(response.json().path("rule").asString()).isEqualTo("overloaded");
		assertThat(response.json().path("status").asInt()).isEqualTo(429);
	}

	private long stored(String run) {
		return this.jdbc.queryForObject("select count(*) from messages where client_message_id like ?", Long.class,
				run + "-%");
	}

	private Customer customer(Http http, String id) {
		String token = this.tokens.issue(new PlatformUser(id, PlatformRole.CUSTOMER, "Aziza", "uz"),
				Duration.ofHours(1));
		Http.Response started = http.post("/api/v1/conversations", Map.of("clientMessageId", "open-" + id))
			.bearer(token)
			.send();
		assertThat(started.status()).as(started.toString()).isEqualTo(201);
		return new Customer(token, started.json().path("id").asString());
	}

	record Customer(String token, String conversation) {

		Http.Response send(Http http, String clientMessageId, String text) {
			return http
				.post("/api/v1/conversations/" + this.conversation + "/messages",
						Map.of("clientMessageId", clientMessageId, "text", text))
				.bearer(this.token)
				.send();
		}

	}

}
