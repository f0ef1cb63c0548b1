package io.yordam.incidents;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import io.yordam.access.OperatorId;
import io.yordam.access.OperatorRole;
import io.yordam.access.Operators;
import io.yordam.access.PlatformRole;
import io.yordam.access.PlatformTokens;
import io.yordam.access.PlatformUser;
import io.yordam.orders.PlatformEventBuilder;
import io.yordam.orders.PlatformProperties;
import io.yordam.support.FakePlatform;
import io.yordam.support.Http;
import io.yordam.support.YordamTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The playbooks end to end over HTTP: an incident, the options as quick replies in the
 * customer's chat, the customer's choice, the ledger, the platform's side (a local fake
 * that records what it accepted) and the confirmation in the chat.
 */
@YordamTest
class IncidentHttpTests {

	static final String SECRET = "incident-tests-secret";

	static final tools.jackson.databind.json.JsonMapper JSON = tools.jackson.databind.json.JsonMapper.builder().build();

	static final FakePlatform PLATFORM = new FakePlatform(SECRET);

	@DynamicPropertySource
	static void platform(DynamicPropertyRegistry registry) {
		registry.add("yordam.platform.secret", () -> SECRET);
		registry.add("yordam.platform.webhook-url", PLATFORM::url);
		registry.add("yordam.platform.retry-first", () -> "200ms");
		registry.add("yordam.platform.retry-max", () -> "1s");
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

	String agent;

	String supervisor;

	String otherSupervisor;

	String admin;

	String customerId;

	String customer;

	@BeforeEach
	void setUp() {
		this.http = new Http(this.port);
		this.agent = operator(OperatorRole.AGENT);
		this.supervisor = operator(OperatorRole.SUPERVISOR);
		this.otherSupervisor = operator(OperatorRole.SUPERVISOR);
		this.admin = operator(OperatorRole.ADMIN);
		newCustomer();
		PLATFORM.down(false);
	}

	void newCustomer() {
		this.customerId = "c-" + UUID.randomUUID();
		this.customer = this.tokens.issue(
				new PlatformUser(this.customerId, PlatformRole.CUSTOMER, "Malika Rasulova", "ru"), Duration.ofHours(1));
	}

	String operator(OperatorRole role) {
		String name = role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
		OperatorId id = this.operators.register(name, "Op " + name, "a-long-password", role, "ru");
		return this.operators.issueApiToken(id, "tests");
	}

	// --- the journey's steps

	String order(Consumer<PlatformEventBuilder> shape) {
		PlatformEventBuilder event = PlatformEventBuilder.anOrderEvent().customer(this.customerId, "Malika", "ru");
		shape.accept(event);
		byte[] body = Http.toJson(event.build());
		Http.Response response = this.http.postRaw("/api/v1/platform/events", body)
			.header("X-Yordam-Signature", this.platform.signature().sign(body))
			.send();
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		return event.orderId();
	}

	record Case(String orderId, String conversationId, String ticketId) {
	}

	Case caseAbout(String orderId, String text) {
		Http.Response started = this.http
			.post("/api/v1/conversations",
					Map.of("orderId", orderId, "text", text, "clientMessageId", UUID.randomUUID().toString()))
			.bearer(this.customer)
			.send();
		assertThat(started.status()).as(started.toString()).isEqualTo(201);
		String conversation = started.json().path("id").asString();
		String ticket = await().atMost(Duration.ofSeconds(10))
			.until(() -> as(this.agent, this.http.get("/api/v1/agent/conversations/" + conversation + "/ticket")),
					r -> r.status() == 200)
			.json()
			.path("id")
			.asString();
		return new Case(orderId, conversation, ticket);
	}

	Http.Response open(Case c, String type, Map<String, Object> facts) {
		return as(this.agent, this.http.post("/api/v1/agent/tickets/" + c.ticketId() + "/incidents",
				Map.of("type", type, "facts", facts)));
	}

	List<JsonNode> chat(Case c) {
		List<JsonNode> messages = new ArrayList<>();
		this.http.get("/api/v1/conversations/" + c.conversationId() + "/messages")
			.bearer(this.customer)
			.send()
			.json()
			.forEach(messages::add);
		return messages;
	}

	/** The quick reply the customer sees for an option. */
	String quickReply(Case c, String option) {
		JsonNode offer = await().atMost(Duration.ofSeconds(5))
			.until(() -> chat(c).stream().filter(m -> m.path("actions").size() > 0).reduce((a, b) -> b).orElse(null),
					java.util.Objects::nonNull);
		assertThat(offer.path("authorKind").asString()).isEqualTo("SYSTEM");
		for (JsonNode action : offer.path("actions")) {
			if (action.path("id").asString().endsWith(":" + option)) {
				return action.path("id").asString();
			}
		}
		throw new AssertionError("No quick reply for " + option + " in " + offer);
	}

	Http.Response tap(Case c, String actionId, String clientMessageId) {
		return this.http
			.post("/api/v1/conversations/" + c.conversationId() + "/messages",
					Map.of("clientMessageId", clientMessageId, "actionId", actionId))
			.bearer(this.customer)
			.send();
	}

	JsonNode incident(String id) {
		return as(this.agent, this.http.get("/api/v1/agent/incidents/" + id)).json();
	}

	JsonNode awaitStatus(String id, String status) {
		return await().atMost(Duration.ofSeconds(15))
			.until(() -> incident(id), i -> i.path("status").asString().equals(status));
	}

	JsonNode compensations() {
		return as(this.agent, this.http.get("/api/v1/agent/customers/" + this.customerId + "/compensations")).json();
	}

	int ledgerRows(String incidentId) {
		return this.jdbc.queryForObject("select count(*) from ledger_transactions where incident_id = ?", Integer.class,
				UUID.fromString(incidentId));
	}

	Http.Response as(String token, Http.Request request) {
		return request.bearer(token).send();
	}

	// --- the playbooks

	@Test
	void lateDeliveryCompensationChosenByTheCustomerInTheChat() {
		Case c = caseAbout(order(o -> o.status("ON_THE_WAY")), "Где мой заказ? Уже час жду");
		Http.Response opened = open(c, "LATE_DELIVERY", Map.of());
		assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
		String id = opened.json().path("id").asString();
		assertThat(opened.json().path("offers")).extracting(o -> o.path("option").asString())
			.containsExactly("FREE_DELIVERY", "COMPENSATION");

		String compensation = quickReply(c, "COMPENSATION");
		assertThat(tap(c, compensation, "tap-1").status()).isEqualTo(200);
		// A double tap and a retry of the same tap: one payment.
		assertThat(tap(c, compensation, "tap-2").status()).isEqualTo(200);
		assertThat(tap(c, compensation, "tap-1").status()).isEqualTo(200);

		JsonNode resolved = awaitStatus(id, "RESOLVED");
		assertThat(resolved.path("chosenOption").asString()).isEqualTo("COMPENSATION");
		assertThat(resolved.path("cost").asLong()).isEqualTo(40_000);
		assertThat(ledgerRows(id)).isEqualTo(1);
		assertThat(compensations().path("bonusBalance").asLong()).isEqualTo(40_000);
		assertThat(PLATFORM.acceptedFor(c.orderId())).singleElement()
			.satisfies(a -> assertThat(a.path("type").asString()).isEqualTo("customer.credit_bonus"))
			.satisfies(a -> assertThat(a.path("amount").asLong()).isEqualTo(40_000));
		await().atMost(Duration.ofSeconds(5))
			.until(() -> chat(c).getLast().path("text").asString(), t -> t.startsWith("Готово"));
	}

	@Test
	void eachPlaybookCarriesOutTheChosenOption() {
		record Run(String type, Map<String, Object> facts, String option, long bonus, long refund,
				List<String> platformTypes, Consumer<PlatformEventBuilder> shape) {
		}
		List<Run> runs = List.of(
				new Run("DAMAGED_ORDER", Map.of("items", List.of("plov")), "REDELIVER", 15_000, 0,
						List.of("order.redeliver", "customer.credit_bonus"), o -> o.status("DELIVERED")),
				new Run("DAMAGED_ORDER", Map.of("items", List.of("plov")), "CANCEL_REFUND", 0, 104_000,
						List.of("order.cancel", "order.refund"), o -> o.status("DELIVERED")),
				new Run("DAMAGED_ORDER", Map.of("items", List.of("plov")), "KEEP_COMPENSATION", 45_000, 0,
						List.of("customer.credit_bonus"), o -> o.status("DELIVERED")),
				new Run("INCOMPLETE_ORDER", Map.of("items", List.of("non")), "SEND_MISSING", 0, 0,
						List.of("order.redeliver"), o -> o.status("DELIVERED")),
				new Run("INCOMPLETE_ORDER", Map.of("items", List.of("non")), "BONUS_CREDIT", 5_000, 0,
						List.of("customer.credit_bonus"), o -> o.status("DELIVERED")),
				new Run("WRONG_ORDER", Map.of("items", List.of("plov"), "receivedValue", 60_000), "KEEP", 15_000,
						30_000, List.of("order.refund", "customer.credit_bonus"), o -> o.status("DELIVERED")),
				new Run("WRONG_ORDER", Map.of(), "REPLACE", 0, 0, List.of("order.redeliver"),
						o -> o.status("DELIVERED")),
				new Run("CANCELLATION", Map.of(), "CANCEL_FULL_REFUND", 0, 104_000,
						List.of("order.cancel", "order.refund"), o -> o.status("ACCEPTED")),
				new Run("CANCELLATION", Map.of(), "CANCEL_PARTIAL_REFUND", 0, 9_000,
						List.of("order.cancel", "order.refund"), o -> o.status("COOKING")),
				new Run("FOOD_QUALITY", Map.of("items", List.of("plov"), "problem", "COLD"), "BONUS_CREDIT", 100_000, 0,
						List.of("customer.credit_bonus"), o -> o.status("DELIVERED")),
				new Run("FOOD_QUALITY", Map.of("items", List.of("plov"), "problem", "UNDERCOOKED"), "REFUND_ITEMS", 0,
						90_000, List.of("order.refund"), o -> o.status("DELIVERED")));
		for (Run run : runs) {
			// A customer and an agent of their own each: four claims in a month would
			// flag
			// the fifth, and one agent's shift limit would run out.
			newCustomer();
			this.agent = operator(OperatorRole.AGENT);
			Case c = caseAbout(order(run.shape()), "Проблема с заказом");
			Http.Response opened = open(c, run.type(), run.facts());
			assertThat(opened.status()).as(run + " " + opened).isEqualTo(201);
			String id = opened.json().path("id").asString();
			assertThat(tap(c, quickReply(c, run.option()), "tap").status()).isEqualTo(200);
			JsonNode done = awaitStatus(id, "RESOLVED");
			assertThat(done.path("chosenOption").asString()).isEqualTo(run.option());
			JsonNode lines = as(this.agent,
					this.http.get("/api/v1/agent/customers/" + this.customerId + "/compensations"))
				.json()
				.path("history");
			long bonus = 0;
			long refund = 0;
			for (JsonNode line : lines) {
				if (line.path("incidentId").asString().equals(id)) {
					bonus += line.path("kind").asString().equals("BONUS_CREDIT") ? line.path("amount").asLong() : 0;
					refund += line.path("kind").asString().equals("REFUND") ? line.path("amount").asLong() : 0;
				}
			}
			assertThat(bonus).as(run.toString()).isEqualTo(run.bonus());
			assertThat(refund).as(run.toString()).isEqualTo(run.refund());
			assertThat(PLATFORM.acceptedFor(c.orderId())).extracting(a -> a.path("type").asString())
				.as(run.toString())
				.containsExactlyInAnyOrderElementsOf(run.platformTypes());
		}
	}

	@Test
	void scorecardsCountIncidentsPerHundredOrdersForSupervisors() {
		Case c = caseAbout(order(o -> o.status("DELIVERED")), "Плов холодный");
		String id = open(c, "FOOD_QUALITY", Map.of("items", List.of("plov"), "problem", "COLD")).json()
			.path("id")
			.asString();
		as(this.agent, this.http.post("/api/v1/agent/incidents/" + id + "/choice", Map.of("option", "BONUS_CREDIT")));
		awaitStatus(id, "RESOLVED");
		assertThat(as(this.agent, this.http.get("/api/v1/agent/scorecards")).status()).isEqualTo(403);
		Http.Response bad = as(this.supervisor, this.http.get("/api/v1/agent/scorecards?days=0"));
		assertThat(bad.problemFields()).containsExactly("days");
		JsonNode byItem = as(this.supervisor, this.http.get("/api/v1/agent/scorecards?by=ITEM&days=30")).json();
		JsonNode plov = null;
		for (JsonNode line : byItem.path("lines")) {
			if (line.path("key").asString().equals("plov")) {
				plov = line;
			}
		}
		assertThat(plov).isNotNull();
		assertThat(plov.path("incidents").asLong()).isPositive();
		assertThat(plov.path("orders").asLong()).isGreaterThanOrEqualTo(plov.path("incidents").asLong());
		assertThat(plov.path("per100Orders").asDouble())
			.isEqualTo(Math.round(plov.path("incidents").asLong() * 10000.0 / plov.path("orders").asLong()) / 100.0);
		assertThat(plov.path("cost").asLong()).isGreaterThanOrEqualTo(100_000);
	}

	@Test
	void anUnpaidOrderMakesSupportReachOutFirst() {
		String orderId = order(o -> o.type("order.payment_failed").payment("CARD", "FAILED").status("CREATED"));
		JsonNode conversation = await().atMost(Duration.ofSeconds(10))
			.until(() -> this.http.get("/api/v1/conversations").bearer(this.customer).send().json(),
					list -> list.size() == 1);
		Case c = new Case(orderId, conversation.get(0).path("id").asString(), null);
		String cash = quickReply(c, "PAY_CASH");
		assertThat(tap(c, cash, "cash").status()).isEqualTo(200);
		await().atMost(Duration.ofSeconds(15))
			.until(() -> PLATFORM.acceptedFor(orderId).stream().map(a -> a.path("type").asString()).toList(),
					types -> types.equals(List.of("order.switch_to_cash")));
		// The ticket opened for the conversation and the incident belongs to it.
		JsonNode ticket = await().atMost(Duration.ofSeconds(10))
			.until(() -> as(this.agent, this.http.get("/api/v1/agent/conversations/" + c.conversationId() + "/ticket")),
					r -> r.status() == 200)
			.json();
		JsonNode incidents = await().atMost(Duration.ofSeconds(10))
			.until(() -> as(this.agent,
					this.http.get("/api/v1/agent/tickets/" + ticket.path("id").asString() + "/incidents"))
				.json(), list -> list.size() == 1);
		assertThat(incidents.get(0).path("type").asString()).isEqualTo("UNPAID_ORDER");
		// The same decline reported again opens nothing more.
		order(o -> o.type("order.payment_failed").payment("CARD", "FAILED").status("CREATED"));
	}

	@Test
	void aCashOrderKeptAfterAMixUpGetsTheDifferenceAndTheCompensationAsTwoBonuses() {
		Case c = caseAbout(order(o -> o.status("DELIVERED").payment("CASH", "PAID")), "Привезли не то");
		String id = open(c, "WRONG_ORDER", Map.of("items", List.of("plov"), "receivedValue", 75_000)).json()
			.path("id")
			.asString();
		assertThat(tap(c, quickReply(c, "KEEP"), "tap").status()).isEqualTo(200);
		awaitStatus(id, "RESOLVED");
		assertThat(ledgerRows(id)).isEqualTo(2);
		assertThat(compensations().path("bonusBalance").asLong()).isEqualTo(15_000 + 15_000);
		assertThat(PLATFORM.acceptedFor(c.orderId())).extracting(a -> a.path("amount").asLong())
			.containsExactlyInAnyOrder(15_000L, 15_000L);
	}

	@Test
	void whatThePlatformRefusesIsNotCalledDone() {
		Case c = caseAbout(order(o -> o.status("DELIVERED")), "Верните деньги за плов");
		PLATFORM.refuseOrder(c.orderId());
		String id = open(c, "FOOD_QUALITY", Map.of("items", List.of("plov"), "problem", "SPOILED")).json()
			.path("id")
			.asString();
		assertThat(tap(c, quickReply(c, "REFUND_ITEMS"), "tap").status()).isEqualTo(200);
		awaitStatus(id, "PLATFORM_REFUSED");
		assertThat(as(this.agent, this.http.get("/api/v1/agent/incidents/" + id + "/platform-requests")).json())
			.singleElement()
			.satisfies(r -> assertThat(r.path("status").asString()).isEqualTo("REFUSED"));
		String last = await().atMost(Duration.ofSeconds(5))
			.until(() -> chat(c).getLast().path("text").asString(), t -> t.startsWith("Не получилось"));
		assertThat(chat(c)).noneMatch(m -> m.path("text").asString().startsWith("Готово"));
		assertThat(last).contains("Оператор");
	}

	// --- money is never doubled

	@Test
	void operatorsChoosingAtOnceProduceOnePayment() throws Exception {
		Case c = caseAbout(order(o -> o.status("DELIVERED")), "Не хватает лепёшки");
		String id = open(c, "INCOMPLETE_ORDER", Map.of("items", List.of("non"))).json().path("id").asString();
		List<Callable<Integer>> clicks = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			String option = (i % 4 == 3) ? "SEND_MISSING" : "BONUS_CREDIT";
			clicks.add(() -> as(this.agent,
					this.http.post("/api/v1/agent/incidents/" + id + "/choice", Map.of("option", option)))
				.status());
		}
		List<Integer> statuses = new ArrayList<>();
		try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
			for (Future<Integer> f : pool.invokeAll(clicks)) {
				statuses.add(f.get());
			}
		}
		assertThat(statuses).containsOnly(200, 409);
		JsonNode done = awaitStatus(id, "RESOLVED");
		assertThat(ledgerRows(id)).isEqualTo(done.path("chosenOption").asString().equals("BONUS_CREDIT") ? 1 : 2);
		assertThat(PLATFORM.acceptedFor(c.orderId())).hasSize(1);
	}

	// --- limits and approvals

	@Test
	void aboveTheLimitASupervisorApprovesButNeverTheirOwnRequest() {
		JsonNode current = as(this.agent, this.http.get("/api/v1/agent/playbook-settings")).json();
		Map<String, Object> settings = JSON.convertValue(current.path("settings"), Map.class);
		Map<String, Object> limits = new java.util.HashMap<>((Map<String, Object>) settings.get("limits"));
		limits.put("AGENT", Map.of("perAction", 10_000, "perShift", 50_000));
		limits.put("SUPERVISOR", Map.of("perAction", 10_000, "perShift", 50_000));
		settings.put("limits", limits);
		Map<String, Object> save = Map.of("basedOn", current.path("version").asInt(), "settings", settings, "comment",
				"tighter agent limit");
		assertThat(as(this.agent, this.http.put("/api/v1/agent/playbook-settings", save)).status()).isEqualTo(403);
		Http.Response saved = as(this.admin, this.http.put("/api/v1/agent/playbook-settings", save));
		assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
		try {
			Case c = caseAbout(order(o -> o.status("DELIVERED")), "Еда холодная");
			String id = open(c, "FOOD_QUALITY", Map.of("items", List.of("plov"), "problem", "COLD")).json()
				.path("id")
				.asString();
			assertThat(tap(c, quickReply(c, "BONUS_CREDIT"), "tap").status()).isEqualTo(200);
			JsonNode waiting = awaitStatus(id, "AWAITING_APPROVAL");
			assertThat(waiting.path("approvalReason").asString()).isEqualTo("over-action-limit");
			assertThat(ledgerRows(id)).isZero();
			assertThat(as(this.agent, this.http.get("/api/v1/agent/approvals")).status()).isEqualTo(403);
			assertThat(as(this.supervisor, this.http.get("/api/v1/agent/approvals")).json())
				.anySatisfy(i -> assertThat(i.path("id").asString()).isEqualTo(id));
			Map<String, Object> approve = Map.of("approve", true, "note", "regular customer");
			assertThat(as(this.agent, this.http.post("/api/v1/agent/incidents/" + id + "/approval", approve)).status())
				.isEqualTo(403);
			Http.Response approved = as(this.supervisor,
					this.http.post("/api/v1/agent/incidents/" + id + "/approval", approve));
			assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
			awaitStatus(id, "RESOLVED");
			JsonNode line = compensations().path("history").get(0);
			assertThat(line.path("approvedBy").asString()).startsWith("Op supervisor-");
			assertThat(line.path("amount").asLong()).isEqualTo(100_000);
			assertThat(ledgerRows(id)).isEqualTo(1);

			// A supervisor's own request above their limit needs another supervisor.
			Case own = caseAbout(order(o -> o.status("DELIVERED")), "Не тот заказ");
			String ownId = as(this.supervisor,
					this.http.post("/api/v1/agent/tickets/" + own.ticketId() + "/incidents",
							Map.of("type", "DAMAGED_ORDER", "facts", Map.of("items", List.of("plov", "non")))))
				.json()
				.path("id")
				.asString();
			assertThat(as(this.supervisor,
					this.http.post("/api/v1/agent/incidents/" + ownId + "/choice",
							Map.of("option", "KEEP_COMPENSATION")))
				.json()
				.path("status")
				.asString()).isEqualTo("AWAITING_APPROVAL");
			Http.Response self = as(this.supervisor,
					this.http.post("/api/v1/agent/incidents/" + ownId + "/approval", approve));
			assertThat(self.status()).isEqualTo(403);
			assertThat(self.json().path("rule").asString()).isEqualTo("own-approval");
			assertThat(as(this.otherSupervisor,
					this.http.post("/api/v1/agent/incidents/" + ownId + "/approval",
							Map.of("approve", false, "note", "photo shows no damage")))
				.json()
				.path("status")
				.asString()).isEqualTo("REFUSED");
			assertThat(ledgerRows(ownId)).isZero();
		}
		finally {
			JsonNode now = as(this.agent, this.http.get("/api/v1/agent/playbook-settings")).json();
			as(this.admin,
					this.http.put("/api/v1/agent/playbook-settings", Map.of("basedOn", now.path("version").asInt(),
							"settings", JSON.convertValue(current.path("settings"), Map.class), "comment", "restore")));
		}
	}

	@Test
	void aSecondClaimOnTheSameOrderIsFlaggedAndWaitsForASupervisor() {
		Case c = caseAbout(order(o -> o.status("DELIVERED")), "Всё не так");
		String first = open(c, "INCOMPLETE_ORDER", Map.of("items", List.of("non"))).json().path("id").asString();
		as(this.agent,
				this.http.post("/api/v1/agent/incidents/" + first + "/choice", Map.of("option", "BONUS_CREDIT")));
		awaitStatus(first, "RESOLVED");
		JsonNode second = open(c, "FOOD_QUALITY", Map.of("items", List.of("plov"), "problem", "COLD")).json();
		assertThat(second.path("signals").path("claimsOnOrder").asInt()).isEqualTo(2);
		assertThat(second.path("signals").path("flagged").asBoolean()).isTrue();
		String id = second.path("id").asString();
		assertThat(as(this.agent,
				this.http.post("/api/v1/agent/incidents/" + id + "/choice", Map.of("option", "BONUS_CREDIT")))
			.json()
			.path("approvalReason")
			.asString()).isEqualTo("abuse-signal");
		assertThat(ledgerRows(id)).isZero();
	}

	// --- the platform down

	@Test
	void whileThePlatformIsDownActionsWaitThenGoThroughOnce() {
		Case c = caseAbout(order(o -> o.status("DELIVERED")), "Заказ помят");
		String id = open(c, "DAMAGED_ORDER", Map.of("items", List.of("plov"))).json().path("id").asString();
		PLATFORM.down(true);
		assertThat(tap(c, quickReply(c, "REDELIVER"), "tap").status()).isEqualTo(200);
		await().atMost(Duration.ofSeconds(10))
			.until(() -> as(this.agent, this.http.get("/api/v1/agent/incidents/" + id + "/platform-requests")).json(),
					r -> r.size() == 2 && r.get(0).path("attempts").asInt() >= 2);
		JsonNode pending = incident(id);
		assertThat(pending.path("status").asString()).isEqualTo("IN_PROGRESS");
		assertThat(pending.path("platformRequestsPending").asInt()).isEqualTo(2);
		assertThat(ledgerRows(id)).isEqualTo(3);
		assertThat(PLATFORM.acceptedFor(c.orderId())).isEmpty();

		PLATFORM.down(false);
		awaitStatus(id, "RESOLVED");
		assertThat(PLATFORM.acceptedFor(c.orderId())).extracting(a -> a.path("type").asString())
			.containsExactlyInAnyOrder("order.redeliver", "customer.credit_bonus");
		assertThat(as(this.agent, this.http.get("/api/v1/agent/incidents/" + id + "/platform-requests")).json())
			.allSatisfy(r -> assertThat(r.path("status").asString()).isEqualTo("DONE"));
		await().atMost(Duration.ofSeconds(5))
			.until(() -> chat(c).getLast().path("text").asString(), t -> t.startsWith("Готово"));
		assertThat(ledgerRows(id)).isEqualTo(3);
	}

	// --- after the customer: the fault and the department

	@Test
	void aTicketWithAnIncidentClosesOnlyWithItsFaultWhichReachesTheDepartment() {
		Case c = caseAbout(order(o -> o.status("DELIVERED")), "Курьер уронил пакет");
		String id = open(c, "DAMAGED_ORDER", Map.of("items", List.of("plov"))).json().path("id").asString();
		Http.Response early = as(this.agent, this.http.post("/api/v1/agent/incidents/" + id + "/fault",
				Map.of("fault", "COURIER", "note", "dropped the bag")));
		assertThat(early.status()).isEqualTo(409);
		assertThat(early.json().path("rule").asString()).isEqualTo("customer-first");
		as(this.agent,
				this.http.post("/api/v1/agent/incidents/" + id + "/choice", Map.of("option", "KEEP_COMPENSATION")));
		awaitStatus(id, "RESOLVED");

		Http.Response refused = as(this.agent,
				this.http.post("/api/v1/agent/tickets/" + c.ticketId() + "/status", Map.of("status", "SOLVED")));
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.json().path("rule").asString()).isEqualTo("incident-fault-required");
		Http.Response noNote = as(this.agent,
				this.http.post("/api/v1/agent/incidents/" + id + "/fault", Map.of("fault", "COURIER")));
		assertThat(noNote.status()).isEqualTo(400);
		assertThat(noNote.problemFields()).containsExactly("note");
		assertThat(as(this.agent,
				this.http.post("/api/v1/agent/incidents/" + id + "/fault",
						Map.of("fault", "COURIER", "note", "The courier dropped the bag on the stairs")))
			.status()).isEqualTo(200);
		assertThat(as(this.agent,
				this.http.post("/api/v1/agent/tickets/" + c.ticketId() + "/status", Map.of("status", "SOLVED")))
			.status()).isEqualTo(200);
		JsonNode tasks = await().atMost(Duration.ofSeconds(10))
			.until(() -> as(this.supervisor, this.http.get("/api/v1/agent/departments/COURIER_OPERATIONS/tasks"))
				.json(), list -> list.findValuesAsString("incidentId").contains(id));
		assertThat(tasks.toString()).contains("The courier dropped the bag");
	}

	@Test
	void thePhotoIsOneTheCustomerSentAndTheLedgerIsCorrectedOnlyByReversal() {
		Case c = caseAbout(order(o -> o.status("DELIVERED")), "Коробка раздавлена, вот фото");
		Http.Response image = io.yordam.support.Multipart.post(this.http,
				"/api/v1/conversations/" + c.conversationId() + "/images", this.customer, "photo-1", "box.png",
				"image/png", io.yordam.support.Multipart.PNG);
		assertThat(image.status()).as(image.toString()).isEqualTo(200);
		String photo = image.json().path("attachmentId").asString();
		Http.Response foreign = open(c, "DAMAGED_ORDER",
				Map.of("items", List.of("plov"), "photoAttachmentId", UUID.randomUUID().toString()));
		assertThat(foreign.status()).isEqualTo(400);
		assertThat(foreign.problemFields()).containsExactly("facts.photoAttachmentId");
		Http.Response opened = open(c, "DAMAGED_ORDER", Map.of("items", List.of("plov"), "photoAttachmentId", photo));
		assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
		String id = opened.json().path("id").asString();
		assertThat(opened.json().path("facts").path("photoAttachmentId").asString()).isEqualTo(photo);
		as(this.agent,
				this.http.post("/api/v1/agent/incidents/" + id + "/choice", Map.of("option", "KEEP_COMPENSATION")));
		awaitStatus(id, "RESOLVED");
		assertThat(compensations().path("bonusBalance").asLong()).isEqualTo(45_000);

		// Finance's export has the payment, with who, why, which ticket, order and
		// option.
		Http.Response csv = as(this.supervisor, this.http.get("/api/v1/agent/ledger.csv"));
		assertThat(csv.status()).isEqualTo(200);
		assertThat(csv.header("Content-Type")).startsWith("text/csv");
		String row = csv.text()
			.lines()
			.filter(l -> l.contains(id))
			.findFirst()
			.orElseThrow(() -> new AssertionError(csv.text()));
		assertThat(row).contains("BONUS_CREDIT", "45000", c.ticketId(), c.orderId(), "KEEP_COMPENSATION", "AGENT");
		assertThat(csv.text().lines().findFirst().orElseThrow())
			.startsWith("id,created_at,kind,customer_id,amount_uzs");
		assertThat(as(this.supervisor, this.http.get("/api/v1/agent/ledger.csv?from=nonsense")).problemFields())
			.containsExactly("from");

		// A correction is a reversing transaction, once; the original stays.
		String transaction = compensations().path("history").get(0).path("id").asString();
		Map<String, Object> why = Map.of("reason", "Paid twice by phone as well");
		assertThat(as(this.agent, this.http.post("/api/v1/agent/ledger/" + transaction + "/reversal", why)).status())
			.isEqualTo(403);
		Http.Response reversal = as(this.supervisor,
				this.http.post("/api/v1/agent/ledger/" + transaction + "/reversal", why));
		assertThat(reversal.status()).as(reversal.toString()).isEqualTo(200);
		assertThat(reversal.json().path("amount").asLong()).isEqualTo(-45_000);
		assertThat(as(this.supervisor, this.http.post("/api/v1/agent/ledger/" + transaction + "/reversal", why)).json()
			.path("id")
			.asString()).isEqualTo(reversal.json().path("id").asString());
		Http.Response ofReversal = as(this.supervisor,
				this.http.post("/api/v1/agent/ledger/" + reversal.json().path("id").asString() + "/reversal", why));
		assertThat(ofReversal.status()).isEqualTo(409);
		JsonNode after = compensations();
		assertThat(after.path("bonusBalance").asLong()).isZero();
		assertThat(after.path("history")).hasSize(2);
		assertThat(after.path("history")).anySatisfy(l -> assertThat(l.path("reversed").asBoolean()).isTrue());
	}

	// --- bad input changes nothing

	@Test
	void badInputIsRefusedNamingTheFieldAndChangesNothing() {
		Case c = caseAbout(order(o -> o.status("DELIVERED")), "Что-то не так");
		Http.Response notInOrder = open(c, "INCOMPLETE_ORDER", Map.of("items", List.of("shashlik")));
		assertThat(notInOrder.status()).isEqualTo(400);
		assertThat(notInOrder.problemFields()).containsExactly("facts.items");
		Http.Response noItems = open(c, "DAMAGED_ORDER", Map.of());
		assertThat(noItems.problemFields()).containsExactly("facts.items");
		Http.Response noType = as(this.agent,
				this.http.post("/api/v1/agent/tickets/" + c.ticketId() + "/incidents", Map.of("type", "ALIENS")));
		assertThat(noType.status()).isEqualTo(400);
		assertThat(noType.problemFields()).containsExactly("type");
		Http.Response notLate = open(c, "LATE_DELIVERY", Map.of());
		assertThat(notLate.status()).as(notLate.toString()).isIn(201, 422);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from incidents where order_id = ? and type <> 'LATE_DELIVERY'", Integer.class,
				c.orderId()))
			.isZero();

		String id = open(c, "FOOD_QUALITY", Map.of("items", List.of("plov"), "problem", "SPOILED")).json()
			.path("id")
			.asString();
		Http.Response wrongOption = as(this.agent,
				this.http.post("/api/v1/agent/incidents/" + id + "/choice", Map.of("option", "FREE_MONEY")));
		assertThat(wrongOption.status()).isEqualTo(400);
		assertThat(wrongOption.problemFields()).containsExactly("option");
		Http.Response unknownAction = tap(c, "inc:" + UUID.randomUUID() + ":BONUS_CREDIT", "forged");
		assertThat(unknownAction.status()).isEqualTo(400);
		assertThat(unknownAction.problemFields()).containsExactly("actionId");
		assertThat(incident(id).path("status").asString()).isEqualTo("OFFERED");
		assertThat(ledgerRows(id)).isZero();

		// Another customer cannot use this customer's quick reply, in any conversation.
		String other = this.tokens.issue(new PlatformUser("c-" + UUID.randomUUID(), PlatformRole.CUSTOMER, "X", "ru"),
				Duration.ofHours(1));
		Http.Response foreign = this.http
			.post("/api/v1/conversations/" + c.conversationId() + "/messages",
					Map.of("clientMessageId", "x", "actionId", quickReply(c, "BONUS_CREDIT")))
			.bearer(other)
			.send();
		assertThat(foreign.status()).isEqualTo(404);
		assertThat(incident(id).path("status").asString()).isEqualTo("OFFERED");
		// Finance's export is for supervisors.
		assertThat(as(this.agent, this.http.get("/api/v1/agent/ledger.csv")).status()).isEqualTo(403);
	}

}
