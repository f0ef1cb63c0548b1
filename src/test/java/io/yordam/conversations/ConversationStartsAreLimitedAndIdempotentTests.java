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
import io.yordam.orders.PlatformEventBuilder;
import io.yordam.orders.PlatformProperties;
import io.yordam.support.Http;
import io.yordam.support.Parallel;
import io.yordam.support.YordamTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 10, finding 11: conversation starts are not limited or idempotent. Each start
 * puts a ticket in the human queue, so a participant (role and id) may start a few per
 * window, and a start retried with its client message id is the same start.
 */
@YordamTest
class ConversationStartsAreLimitedAndIdempotentTests {

	static final int PARALLEL = 20;

	// yordam.chat.starts-per-window's default
	static final int STARTS_PER_WINDOW = 5;

	@DynamicPropertySource
	static void platform(DynamicPropertyRegistry registry) {
		registry.add("yordam.platform.secret", () -> "conversation-start-tests-secret");
	}

	@LocalServerPort
	int port;

	@Autowired
	PlatformProperties platform;

	@Autowired
	PlatformTokens tokens;

	@Autowired
	JdbcTemplate jdbc;

	Http http;

	String participantId;

	@BeforeEach
	void setUp() {
		this.http = new Http(this.port);
		this.participantId = "p-" + UUID.randomUUID();
	}

	String token(PlatformRole role) {
		return this.tokens.issue(new PlatformUser(this.participantId, role, "Aziz Karimov", "uz"), Duration.ofHours(1));
	}

	Http.Response start(String token, String clientMessageId) {
		return this.http
			.post("/api/v1/conversations", Map.of("text", "Buyurtmam qayerda?", "clientMessageId", clientMessageId))
			.bearer(token)
			.send();
	}

	@Test
	void twentyIdenticalStartsAtOnceMakeOneConversationAndOneTicket() throws Exception {
		String customer = token(PlatformRole.CUSTOMER);
		List<Callable<Http.Response>> starts = new ArrayList<>();
		for (int i = 0; i < PARALLEL; i++) {
			starts.add(() -> start(customer, "start-1"));
		}
		List<Http.Response> answers = Parallel.all(starts);

		assertThat(answers).extracting(Http.Response::status).containsOnly(200, 201);
		assertThat(answers).filteredOn(r -> r.status() == 201).hasSize(1);
		assertThat(answers).extracting(r -> r.json().path("id").asString())
			.containsOnly(answers.stream()
				.filter(r -> r.status() == 201)
				.findFirst()
				.orElseThrow()
				.json()
				.path("id")
				.asString());
		assertThat(conversations()).isEqualTo(1);
		await().atMost(Duration.ofSeconds(10)).until(this::tickets, n -> n >= 1);
		assertThat(tickets()).isEqualTo(1);
		// The first message was written once too.
		String id = answers.get(0).json().path("id").asString();
		assertThat(this.http.get("/api/v1/conversations/" + id + "/messages").bearer(customer).send().json())
			.hasSize(1);

		// A later retry finds it as well.
		Http.Response retry = start(customer, "start-1");
		assertThat(retry.status()).isEqualTo(200);
		assertThat(retry.json().path("id").asString()).isEqualTo(id);
	}

	@Test
	void twentyFiveStartsAtOnceOpenOnlyAFewConversations() throws Exception {
		String customer = token(PlatformRole.CUSTOMER);
		List<Callable<Http.Response>> starts = new ArrayList<>();
		for (int i = 0; i < 25; i++) {
			String clientMessageId = "start-" + i;
			starts.add(() -> start(customer, clientMessageId));
		}
		List<Http.Response> answers = Parallel.all(starts);

		assertThat(answers).filteredOn(r -> r.status() == 201).hasSize(STARTS_PER_WINDOW);
		assertThat(answers).filteredOn(r -> r.status() != 201)
			.hasSize(25 - STARTS_PER_WINDOW)
			.allSatisfy(r -> assertThat(r.status()).isEqualTo(429))
			.allSatisfy(r -> assertThat(r.json().path("rule").asString()).isEqualTo("conversation-flood"));
		assertThat(conversations()).isEqualTo(STARTS_PER_WINDOW);
		await().atMost(Duration.ofSeconds(10)).until(this::tickets, n -> n >= STARTS_PER_WINDOW);
		assertThat(tickets()).isEqualTo(STARTS_PER_WINDOW);

		// A retry of a start that went through still answers: it is not a new start.
		String first = answers.stream()
			.filter(r -> r.status() == 201)
			.findFirst()
			.orElseThrow()
			.json()
			.path("id")
			.asString();
		List<String> startedIds = answers.stream()
			.filter(r -> r.status() == 201)
			.map(r -> r.json().path("id").asString())
			.toList();
		boolean retried = false;
		for (int i = 0; i < 25 && !retried; i++) {
			Http.Response retry = start(customer, "start-" + i);
			if (retry.status() == 200) {
				assertThat(startedIds).contains(retry.json().path("id").asString());
				retried = true;
			}
		}
		assertThat(retried).as("a retry of " + first).isTrue();
	}

	@Test
	void theLimitAndTheClientIdsBelongToTheParticipantsRoleAndId() {
		String customer = token(PlatformRole.CUSTOMER);
		for (int i = 0; i < STARTS_PER_WINDOW; i++) {
			assertThat(start(customer, "start-" + i).status()).isEqualTo(201);
		}
		assertThat(start(customer, "one-more").status()).isEqualTo(429);
		// A courier whose platform id happens to equal the customer's is somebody else.
		Http.Response courier = start(token(PlatformRole.COURIER), "start-0");
		assertThat(courier.status()).as(courier.toString()).isEqualTo(201);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from conversations where participant_id = ? and participant_role = 'COURIER'",
				Integer.class, this.participantId))
			.isEqualTo(1);
	}

	@Test
	void aClientIdReusedForAnotherOrderIsRefused() {
		String customer = token(PlatformRole.CUSTOMER);
		assertThat(start(customer, "start-1").status()).isEqualTo(201);
		String orderId = PlatformEventBuilder.anOrderEvent()
			.customer(this.participantId, "Aziz", "uz")
			.status("DELIVERED")
			.sendTo(this.http, this.platform.signature())
			.orderId();
		Http.Response other = this.http
			.post("/api/v1/conversations",
					Map.of("text", "Boshqa savol", "clientMessageId", "start-1", "orderId", orderId))
			.bearer(customer)
			.send();
		assertThat(other.status()).as(other.toString()).isEqualTo(409);
		assertThat(other.json().path("rule").asString()).isEqualTo("client-message-id-reused");
		assertThat(conversations()).isEqualTo(1);
	}

	int conversations() {
		return this.jdbc.queryForObject("select count(*) from conversations where participant_id = ?", Integer.class,
				this.participantId);
	}

	int tickets() {
		return this.jdbc.queryForObject("select count(*) from tickets where requester_id = ?", Integer.class,
				this.participantId);
	}

}
