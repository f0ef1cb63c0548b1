package io.yordam.ledger;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;

import io.yordam.access.OperatorRole;
import io.yordam.access.Operators;
import io.yordam.access.PlatformRole;
import io.yordam.access.PlatformTokens;
import io.yordam.access.PlatformUser;
import io.yordam.orders.PlatformEventBuilder;
import io.yordam.orders.PlatformProperties;
import io.yordam.support.FakePlatform;
import io.yordam.support.Http;
import io.yordam.support.Parallel;
import io.yordam.support.YordamTest;
import org.junit.jupiter.api.AfterAll;
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
 * Issue 10, low: parallel reversals of one ledger transaction and parallel replies to one
 * ticket gave 500 (an optimistic lock). Now they take turns: one reversal, every reply
 * sent, no 500.
 */
@YordamTest
class ParallelReversalsAndRepliesGiveNo500Tests {

	static final String SECRET = "parallel-reversals-secret";

	static final FakePlatform PLATFORM = new FakePlatform(SECRET);

	static final int PARALLEL = 20;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("yordam.platform.secret", () -> SECRET);
		registry.add("yordam.platform.webhook-url", PLATFORM::url);
	}

	@AfterAll
	static void stop() {
		PLATFORM.down(false);
	}

	@LocalServerPort
	int port;

	@Autowired
	PlatformTokens tokens;

	@Autowired
	Operators operators;

	@Autowired
	PlatformProperties platform;

	@Autowired
	JdbcTemplate jdbc;

	Http http;

	String supervisor;

	String customerId;

	String customer;

	@BeforeEach
	void setUp() {
		this.http = new Http(this.port);
		String name = "supervisor-" + UUID.randomUUID().toString().substring(0, 8);
		this.supervisor = this.operators.issueApiToken(
				this.operators.register(name, "Op " + name, "a-long-password", OperatorRole.SUPERVISOR, "ru"), "tests");
		this.customerId = "c-" + UUID.randomUUID();
		this.customer = this.tokens.issue(new PlatformUser(this.customerId, PlatformRole.CUSTOMER, "Malika", "ru"),
				Duration.ofHours(1));
	}

	/** A ticket about a delivered order, from the customer's chat. */
	String ticket() {
		String orderId = PlatformEventBuilder.anOrderEvent()
			.customer(this.customerId, "Malika", "ru")
			.status("DELIVERED")
			.sendTo(this.http, this.platform.signature())
			.orderId();
		String conversation = this.http
			.post("/api/v1/conversations",
					Map.of("orderId", orderId, "text", "Non yetmadi", "clientMessageId", UUID.randomUUID().toString()))
			.bearer(this.customer)
			.send()
			.json()
			.path("id")
			.asString();
		return await().atMost(Duration.ofSeconds(10))
			.until(() -> this.http.get("/api/v1/agent/conversations/" + conversation + "/ticket")
				.bearer(this.supervisor)
				.send(), r -> r.status() == 200)
			.json()
			.path("id")
			.asString();
	}

	@Test
	void parallelReversalsOfOneTransactionReverseItOnce() throws Exception {
		String ticket = ticket();
		String incident = this.http
			.post("/api/v1/agent/tickets/" + ticket + "/incidents",
					Map.of("type", "INCOMPLETE_ORDER", "facts", Map.of("items", List.of("non"))))
			.bearer(this.supervisor)
			.send()
			.json()
			.path("id")
			.asString();
		Http.Response chosen = this.http
			.post("/api/v1/agent/incidents/" + incident + "/choice", Map.of("option", "BONUS_CREDIT"))
			.bearer(this.supervisor)
			.send();
		assertThat(chosen.status()).as(chosen.toString()).isEqualTo(200);
		String transaction = this.jdbc.queryForObject(
				"select id from ledger_transactions where incident_id = ? and reverses_id is null", String.class,
				UUID.fromString(incident));

		List<Callable<Http.Response>> reversals = new ArrayList<>();
		for (int i = 0; i < PARALLEL; i++) {
			reversals.add(() -> this.http
				.post("/api/v1/agent/ledger/" + transaction + "/reversal", Map.of("reason", "paid twice by mistake"))
				.bearer(this.supervisor)
				.send());
		}
		List<Http.Response> answers = Parallel.all(reversals);

		// The first reverses; the others find that reversal and answer with it.
		assertThat(answers).extracting(Http.Response::status).containsOnly(200);
		assertThat(answers).extracting(r -> r.json().path("id").asString())
			.containsOnly(answers.get(0).json().path("id").asString());
		assertThat(this.jdbc.queryForObject("select count(*) from ledger_transactions where reverses_id = ?",
				Integer.class, UUID.fromString(transaction)))
			.isEqualTo(1);
	}

	@Test
	void parallelRepliesToOneTicketAreAllSent() throws Exception {
		String ticket = ticket();
		List<Callable<Http.Response>> replies = new ArrayList<>();
		for (int i = 0; i < PARALLEL; i++) {
			String clientMessageId = "reply-" + i;
			replies.add(() -> this.http
				.post("/api/v1/agent/tickets/" + ticket + "/replies",
						Map.of("clientMessageId", clientMessageId, "text", "Tekshiryapmiz"))
				.bearer(this.supervisor)
				.send());
		}
		// And the same reply retried at once: sent once.
		for (int i = 0; i < PARALLEL; i++) {
			replies.add(
					() -> this.http
						.post("/api/v1/agent/tickets/" + ticket + "/replies",
								Map.of("clientMessageId", "retried", "text", "Bir daqiqa"))
						.bearer(this.supervisor)
						.send());
		}
		List<Http.Response> answers = Parallel.all(replies);

		assertThat(answers).extracting(Http.Response::status).containsOnly(200);
		String conversation = this.http.get("/api/v1/agent/tickets/" + ticket)
			.bearer(this.supervisor)
			.send()
			.json()
			.path("conversationId")
			.asString();
		assertThat(this.jdbc.queryForObject(
				"select count(*) from messages where conversation_id = ? and author_kind = 'AGENT'", Integer.class,
				UUID.fromString(conversation)))
			.isEqualTo(PARALLEL + 1);
	}

}
