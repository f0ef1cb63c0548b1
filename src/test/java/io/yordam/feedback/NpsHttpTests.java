package io.yordam.feedback;

import java.time.Duration;
import java.time.Instant;
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
import io.yordam.orders.OrderId;
import io.yordam.orders.OrderStatus;
import io.yordam.orders.OrderSynced;
import io.yordam.orders.PaymentStatus;
import io.yordam.orders.PlatformEventType;
import io.yordam.support.Http;
import io.yordam.support.MutableClock;
import io.yordam.support.Parallel;
import io.yordam.support.YordamTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * NPS after delivered orders: every order sampled here (the settings say 100%), yet a
 * customer is asked once per interval however many of their orders are delivered at once,
 * again after it; the answer is recorded once and moves neither ticket nor chat.
 */
@YordamTest
@Import(MutableClock.AppClock.class)
class NpsHttpTests {

	@LocalServerPort
	int port;

	@Autowired
	Operators operators;

	@Autowired
	PlatformTokens tokens;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	NpsQuestions questions;

	@Autowired
	FeedbackSettingsStore settings;

	@Autowired
	MutableClock clock;

	Http http;

	String agent;

	@BeforeEach
	void setUp() {
		this.http = new Http(this.port);
		this.agent = token(OperatorRole.AGENT);
		FeedbackSettingsStore.Versioned current = this.settings.current();
		if (current.settings().npsSamplePercent() != 100) {
			String admin = token(OperatorRole.ADMIN);
			Http.Response saved = this.http
				.put("/api/v1/agent/feedback-settings",
						Map.of("basedOn", current.version(), "settings",
								Map.of("lowRatingThreshold", 2, "npsSamplePercent", 100, "npsIntervalDays", 90)))
				.bearer(admin)
				.send();
			assertThat(saved.status()).as(saved.toString()).isIn(200, 409);
		}
	}

	@Test
	void aCustomerIsAskedOncePerIntervalHoweverManyOrdersAreDeliveredAtOnce() throws Exception {
		String id = "c-" + UUID.randomUUID();
		String customer = customer(id);
		String conversation = solvedChat(customer);
		List<Callable<Boolean>> deliveries = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			OrderSynced delivered = delivered(id);
			deliveries.add(() -> {
				this.questions.delivered(delivered);
				return true;
			});
		}
		Parallel.all(deliveries);
		assertThat(asked(id)).isEqualTo(1);
		assertThat(npsMessages(customer, conversation)).hasSize(1);

		this.questions.delivered(delivered(id));
		assertThat(asked(id)).as("within the interval").isEqualTo(1);
		this.clock.advance(Duration.ofDays(91));
		List<Callable<Boolean>> later = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			OrderSynced delivered = delivered(id);
			later.add(() -> {
				this.questions.delivered(delivered);
				return true;
			});
		}
		Parallel.all(later);
		assertThat(asked(id)).as("once again after the interval, however many at once").isEqualTo(2);
	}

	@Test
	void theAnswerIsRecordedOnceAndTheSolvedTicketStaysSolved() {
		String id = "c-" + UUID.randomUUID();
		String customer = customer(id);
		String conversation = solvedChat(customer);
		this.questions.delivered(delivered(id));
		JsonNode question = npsMessages(customer, conversation).get(0);
		assertThat(question.path("text").asString()).startsWith("Насколько вероятно");
		assertThat(question.path("actions")).hasSize(11);
		String nine = question.path("actions").get(9).path("id").asString();
		String ten = question.path("actions").get(10).path("id").asString();
		for (String action : List.of(nine, ten)) {
			Http.Response tapped = this.http
				.post("/api/v1/conversations/" + conversation + "/messages",
						Map.of("clientMessageId", UUID.randomUUID().toString(), "actionId", action))
				.bearer(customer)
				.send();
			assertThat(tapped.status()).as(tapped.toString()).isEqualTo(200);
		}
		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.jdbc.queryForList("select score from nps_questions where customer_id = ?", Integer.class,
					id), scores -> scores.size() == 1 && scores.get(0) != null);
		await().during(Duration.ofSeconds(1))
			.atMost(Duration.ofSeconds(3))
			.until(() -> this.jdbc.queryForObject("select score from nps_questions where customer_id = ?",
					Integer.class, id) == 9);
		JsonNode ticket = this.http.get("/api/v1/agent/conversations/" + conversation + "/ticket")
			.bearer(this.agent)
			.send()
			.json();
		assertThat(ticket.path("status").asString()).isEqualTo("SOLVED");
		assertThat(ticket.path("reopenCount").asInt()).isZero();
		String question2 = nine.split(":")[1];
		Http.Response again = this.http.post("/api/v1/me/nps/" + question2 + "/answer", Map.of("score", 3))
			.bearer(customer)
			.send();
		assertThat(again.status()).as("answered once").isEqualTo(409);
		Http.Response bad = this.http.post("/api/v1/me/nps/" + question2 + "/answer", Map.of("score", 11))
			.bearer(customer)
			.send();
		assertThat(bad.problemFields()).containsExactly("score");
	}

	@Test
	void aCustomerWithoutAChatIsNotAskedNorCountedAsAsked() {
		String id = "c-" + UUID.randomUUID();
		this.questions.delivered(delivered(id));
		assertThat(asked(id)).isZero();
		assertThat(
				this.jdbc.queryForObject("select count(*) from nps_customers where customer_id = ?", Integer.class, id))
			.isZero();
	}

	// --- helpers

	OrderSynced delivered(String customerId) {
		Instant now = this.clock.instant();
		return new OrderSynced(new OrderId("o-" + UUID.randomUUID()), "E24-1", PlatformEventType.DELIVERED,
				OrderStatus.DELIVERED, PaymentStatus.PAID, "Tashkent", customerId, "Dilnoza", null, "ru", now, now);
	}

	int asked(String customerId) {
		return this.jdbc.queryForObject("select count(*) from nps_questions where customer_id = ?", Integer.class,
				customerId);
	}

	List<JsonNode> npsMessages(String customer, String conversation) {
		List<JsonNode> found = new ArrayList<>();
		for (JsonNode m : this.http.get("/api/v1/conversations/" + conversation + "/messages")
			.bearer(customer)
			.send()
			.json()) {
			if (m.path("actions").size() == 11 && m.path("actions").get(0).path("id").asString().startsWith("nps:")) {
				found.add(m);
			}
		}
		return found;
	}

	/** A chat whose ticket an agent answered and solved. */
	String solvedChat(String customer) {
		Http.Response started = this.http
			.post("/api/v1/conversations",
					Map.of("text", "Where is my order?", "clientMessageId", UUID.randomUUID().toString()))
			.bearer(customer)
			.send();
		assertThat(started.status()).as(started.toString()).isEqualTo(201);
		String conversation = started.json().path("id").asString();
		String ticket = await().atMost(Duration.ofSeconds(10))
			.until(() -> this.http.get("/api/v1/agent/conversations/" + conversation + "/ticket")
				.bearer(this.agent)
				.send(), r -> r.status() == 200)
			.json()
			.path("id")
			.asString();
		this.http
			.post("/api/v1/agent/tickets/" + ticket + "/replies",
					Map.of("text", "Delivered now", "clientMessageId", UUID.randomUUID().toString()))
			.bearer(this.agent)
			.send();
		Http.Response solved = this.http.post("/api/v1/agent/tickets/" + ticket + "/status", Map.of("status", "SOLVED"))
			.bearer(this.agent)
			.send();
		assertThat(solved.status()).as(solved.toString()).isEqualTo(200);
		return conversation;
	}

	String customer(String id) {
		return this.tokens.issue(new PlatformUser(id, PlatformRole.CUSTOMER, "Dilnoza", "ru"), Duration.ofHours(1));
	}

	String token(OperatorRole role) {
		String name = role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
		return this.operators.issueApiToken(this.operators.register(name, "Op " + name, "a-long-password", role, "ru"),
				"tests");
	}

}
