package io.yordam.notices;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.yordam.access.OperatorRole;
import io.yordam.access.Operators;
import io.yordam.access.PlatformRole;
import io.yordam.access.PlatformTokens;
import io.yordam.access.PlatformUser;
import io.yordam.common.Money;
import io.yordam.conversations.ConversationId;
import io.yordam.conversations.ConversationStarted;
import io.yordam.orders.OrderId;
import io.yordam.orders.OrderStatus;
import io.yordam.orders.OrderView;
import io.yordam.orders.PaymentMethod;
import io.yordam.orders.PaymentStatus;
import io.yordam.orders.PlatformEventBuilder;
import io.yordam.orders.PlatformProperties;
import io.yordam.support.Http;
import io.yordam.support.OperatorSession;
import io.yordam.support.Parallel;
import io.yordam.support.StompClients;
import io.yordam.support.StompFrames;
import io.yordam.support.YordamTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.socket.WebSocketHttpHeaders;
import org.springframework.web.socket.messaging.WebSocketStompClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Notices end to end: a late order's persisted timer fires, late care credits it once
 * through the ledger and the customer is told; the customer reads only their own notices
 * and switches; only admins edit the policy; once per order and kind, the rate limit and
 * the daily budget hold under parallel decisions.
 */
@YordamTest
@Import(NoticesHttpTests.Issued.class)
class NoticesHttpTests {

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

	@Autowired
	NoticePolicyStore policies;

	@Autowired
	Notices notices;

	@Autowired
	LateCare lateCare;

	@Autowired
	LateWatch lateWatch;

	@Autowired
	Issued issued;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	PlatformTransactionManager transactions;

	Http http;

	@BeforeEach
	void setUp() {
		this.http = new Http(this.port);
	}

	/** Counts each NoticeIssued that committed, per order. */
	@TestConfiguration
	static class Issued {

		final Map<String, AtomicInteger> perOrder = new ConcurrentHashMap<>();

		@TransactionalEventListener
		void on(NoticeIssued event) {
			this.perOrder.computeIfAbsent(event.orderId(), o -> new AtomicInteger()).incrementAndGet();
		}

		int of(String orderId) {
			AtomicInteger count = this.perOrder.get(orderId);
			return (count != null) ? count.get() : 0;
		}

	}

	@Test
	void aLateOrderIsCreditedOnceAndTheCustomerIsToldInTheirLanguage() {
		savePolicy(Map.of("Tashkent", Map.of("on", true, "dailyBudget", 10_000_000)), 6);
		String customerId = "c-" + UUID.randomUUID();
		Instant now = Instant.now();
		PlatformEventBuilder order = PlatformEventBuilder.anOrderEvent()
			.customer(customerId, "Malika", "ru")
			.at(now.minus(Duration.ofMinutes(60)))
			.promised(now.minus(Duration.ofMinutes(20)), now.plus(Duration.ofMinutes(10)))
			.sendTo(this.http, this.platform.signature());

		await().atMost(Duration.ofSeconds(20)).until(() -> this.lateCare.givenFor(order.orderId()).isPresent());
		assertThat(this.lateCare.givenFor(order.orderId()).orElseThrow().amount()).isEqualTo(20_000);
		JsonNode mine = await().atMost(Duration.ofSeconds(10))
			.until(() -> this.http.get("/api/v1/me/notices").bearer(customer(customerId)).send().json(),
					n -> n.size() == 1);
		assertThat(mine.get(0).path("kind").asString()).isEqualTo("LATE_CARE_CREDITED");
		assertThat(mine.get(0).path("body").asString()).startsWith("Простите: заказ " + order.number())
			.contains("20 000 сум");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from ledger_transactions where order_id = ? and option_code = 'late-care'",
				Integer.class, order.orderId()))
			.isEqualTo(1);

		// Somebody else's token sees none of it; the agent's customer-360 shows it.
		assertThat(this.http.get("/api/v1/me/notices").bearer(customer("c-" + UUID.randomUUID())).send().json())
			.isEmpty();
		JsonNode c360 = this.http.get("/api/v1/agent/customers/" + customerId)
			.bearer(operator(OperatorRole.AGENT))
			.send()
			.json();
		assertThat(c360.path("notices").get(0).path("kind").asString()).isEqualTo("LATE_CARE_CREDITED");
		assertThat(this.http.get("/api/v1/me/notices").bearer(courier()).send().status()).isEqualTo(403);
	}

	@Test
	void parallelRedeliveriesOfTheTimerMakeOneNoticeOneCreditAndOneNoticeIssued() throws Exception {
		savePolicy(Map.of("Bukhara", Map.of("on", true, "dailyBudget", 10_000_000)), 6);
		OrderView order = lateOrder("c-" + UUID.randomUUID(), "Bukhara");
		List<Callable<Boolean>> firings = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			firings.add(() -> {
				this.lateWatch.checkOrder(order, "uz");
				return true;
			});
		}
		Parallel.all(firings);
		assertThat(this.jdbc.queryForObject("select count(*) from notices where order_id = ?", Integer.class,
				order.id().value()))
			.isEqualTo(1);
		assertThat(this.jdbc.queryForObject("select count(*) from ledger_transactions where order_id = ?",
				Integer.class, order.id().value()))
			.isEqualTo(1);
		await().atMost(Duration.ofSeconds(5)).until(() -> this.issued.of(order.id().value()) == 1);
		await().during(Duration.ofMillis(500)).until(() -> this.issued.of(order.id().value()) == 1);
	}

	@Test
	void theRateLimitLetsThroughExactlyItsNumberHoweverManyAreDecidedAtOnce() throws Exception {
		savePolicy(Map.of(), 2);
		String customerId = "c-" + UUID.randomUUID();
		List<Callable<Boolean>> tells = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			OrderView order = lateOrder(customerId, "Tashkent");
			tells.add(() -> {
				this.notices.tell(order, "en", NoticeKind.ETA_CHANGED, order.eta(), 0);
				return true;
			});
		}
		Parallel.all(tells);
		assertThat(this.jdbc.queryForList("select status from notices where customer_id = ?", String.class, customerId))
			.hasSize(8)
			.containsOnly("SENT", "RATE_LIMITED")
			.filteredOn("SENT"::equals)
			.hasSize(2);
	}

	@Test
	void aCitysDailyBudgetIsNeverPassedByParallelCredits() throws Exception {
		savePolicy(Map.of("Samarkand", Map.of("on", true, "dailyBudget", 45_000)), 6);
		NoticePolicy policy = this.policies.current().settings();
		List<Callable<LateCarePolicy.Decision>> credits = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			OrderView order = lateOrder("c-" + UUID.randomUUID(), "Samarkand");
			credits.add(() -> this.lateCare.care(order, policy, Instant.now()));
		}
		List<LateCarePolicy.Decision> decided = Parallel.all(credits);
		// 30 minutes late: 20 000 each; two fit in 45 000.
		assertThat(decided).filteredOn(d -> d.outcome() == LateCarePolicy.Outcome.CREDITED).hasSize(2);
		assertThat(decided).filteredOn(d -> d.outcome() == LateCarePolicy.Outcome.OVER_BUDGET).hasSize(6);
		assertThat(this.jdbc.queryForObject("select sum(spent) from late_care_budget where city = 'Samarkand'",
				Long.class))
			.isEqualTo(40_000);
	}

	@Test
	void theCustomerSwitchesAKindOffForThemselvesOnly() {
		String customerId = "c-" + UUID.randomUUID();
		String token = customer(customerId);
		Http.Response off = this.http
			.put("/api/v1/me/notice-preferences", Map.of("kind", "DELIVERED", "enabled", false))
			.bearer(token)
			.send();
		assertThat(off.status()).as(off.toString()).isEqualTo(200);
		assertThat(off.json().path("enabled").toString()).doesNotContain("DELIVERED").contains("ORDER_LATE");
		assertThat(this.http.get("/api/v1/me/notice-preferences")
			.bearer(customer("c-" + UUID.randomUUID()))
			.send()
			.json()
			.path("enabled")
			.toString()).contains("DELIVERED");
		Http.Response bad = this.http.put("/api/v1/me/notice-preferences", Map.of("kind", "SPAM", "enabled", false))
			.bearer(token)
			.send();
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.problemFields()).containsExactly("kind");

		OrderView order = lateOrder(customerId, "Tashkent");
		this.notices.tell(order, "ru", NoticeKind.DELIVERED, Instant.now(), 0);
		assertThat(this.jdbc.queryForObject("select status from notices where order_id = ?", String.class,
				order.id().value()))
			.isEqualTo("SWITCHED_OFF");
		assertThat(this.issued.of(order.id().value())).isZero();
		// Their own history does not show them what they switched off; the agent's 360
		// does.
		assertThat(this.http.get("/api/v1/me/notices").bearer(token).send().json().size()).isZero();
		assertThat(this.notices.toldTo(customerId, 10)).hasSize(1);
		assertThat(off.json().path("live").asString()).isEqualTo("/topic/notices." + customerId);
	}

	@Test
	void aCustomerHearsTheirOwnNoticesLiveAndMayNotListenToAnothersNorMayACourier() throws Exception {
		// Room for the tells sent before the subscription is in place (another test may
		// have left a limit of two an hour).
		savePolicy(Map.of(), 50);
		String customerId = "c-" + UUID.randomUUID();
		WebSocketStompClient client = StompClients.textClient();
		try {
			StompFrames refused = new StompFrames();
			connect(client, customer(customerId), refused).subscribe("/topic/notices.c-someone-else", refused);
			await().atMost(Duration.ofSeconds(10)).until(() -> !refused.errors.isEmpty());
			StompFrames courier = new StompFrames();
			connect(client, courier(), courier).subscribe("/topic/notices." + customerId, courier);
			await().atMost(Duration.ofSeconds(10)).until(() -> !courier.errors.isEmpty());

			StompFrames own = new StompFrames();
			connect(client, customer(customerId), own).subscribe("/topic/notices." + customerId, own);
			// The subscription is in place once a frame sent after it arrives: a late
			// order after another until one is heard. A late order, because quiet hours
			// never hold it back: this test runs at any hour of Tashkent's night too.
			String heard = await().atMost(Duration.ofSeconds(10)).until(() -> {
				this.notices.tell(lateOrder(customerId, "Tashkent"), "en", NoticeKind.ORDER_LATE, Instant.now(), 0);
				return own.messages.poll(300, TimeUnit.MILLISECONDS);
			}, frame -> frame != null);
			assertThat(heard).contains("\"kind\":\"ORDER_LATE\"").contains("running late");
			assertThat(refused.messages).isEmpty();
			assertThat(courier.messages).isEmpty();
		}
		finally {
			client.stop();
		}
	}

	@Test
	void theAgentSeesOnTheCustomer360WhatTheCustomerWasToldAndWhatWasHeldBackAndWhy() {
		String customerId = "c-" + UUID.randomUUID();
		String token = customer(customerId);
		this.http.put("/api/v1/me/notice-preferences", Map.of("kind", "ETA_CHANGED", "enabled", false))
			.bearer(token)
			.send();
		OrderView late = lateOrder(customerId, "Tashkent");
		this.notices.tell(late, "ru", NoticeKind.ORDER_LATE, Instant.now(), 0);
		this.notices.tell(late, "ru", NoticeKind.ETA_CHANGED, Instant.now(), 0);
		Http.Response started = this.http
			.post("/api/v1/conversations",
					Map.of("text", "Где мой заказ?", "clientMessageId", UUID.randomUUID().toString()))
			.bearer(token)
			.send();
		assertThat(started.status()).as(started.toString()).isEqualTo(201);
		String agentName = "agent-" + UUID.randomUUID().toString().substring(0, 8);
		String agent = this.operators.issueApiToken(
				this.operators.register(agentName, "Op " + agentName, "a-long-password", OperatorRole.AGENT, "ru"),
				"tests");
		String ticket = await().atMost(Duration.ofSeconds(10))
			.until(() -> this.http
				.get("/api/v1/agent/conversations/" + started.json().path("id").asString() + "/ticket")
				.bearer(agent)
				.send(), r -> r.status() == 200)
			.json()
			.path("id")
			.asString();

		JsonNode told = this.http.get("/api/v1/agent/customers/" + customerId)
			.bearer(agent)
			.send()
			.json()
			.path("notices");
		assertThat(told.size()).isEqualTo(2);
		OperatorSession desk = OperatorSession.open(this.http);
		desk.login(agentName, "a-long-password");
		String panel = desk.get("/agent/tickets/" + ticket + "/customer?lang=ru").text();
		assertThat(panel).contains("Сообщили заранее")
			.contains("Заказ " + late.number() + " задерживается")
			.contains("Не отправлено: клиент отключил такие уведомления")
			.doesNotContain("??");
	}

	@Test
	void theKitchensCancelledItemTheCourierNearAndADelaysReasonAreToldAsThePlatformSaysThem() {
		String customerId = "c-" + UUID.randomUUID();
		Instant now = Instant.now();
		PlatformEventBuilder order = PlatformEventBuilder.anOrderEvent()
			.customer(customerId, "Malika", "ru")
			.at(now.minus(Duration.ofMinutes(10)))
			.status("COOKING")
			.promised(now.plus(Duration.ofMinutes(30)), now.plus(Duration.ofMinutes(30)))
			.sendTo(this.http, this.platform.signature());

		// Without the item's name the event is refused, naming the field, and changes
		// nothing.
		byte[] body = Http.toJson(order.id("ev-" + UUID.randomUUID())
			.type("order.item_cancelled")
			.at(now.minus(Duration.ofMinutes(9)))
			.build());
		Http.Response unnamed = this.http.postRaw("/api/v1/platform/events", body)
			.header("X-Yordam-Signature", this.platform.signature().sign(body))
			.send();
		assertThat(unnamed.status()).as(unnamed.toString()).isEqualTo(400);
		assertThat(unnamed.problemFields()).containsExactly("cancelledItem");

		order.id("ev-" + UUID.randomUUID())
			.type("order.item_cancelled")
			.cancelledItem("Самса с тыквой")
			.sendTo(this.http, this.platform.signature());
		order.id("ev-" + UUID.randomUUID())
			.type("order.eta_changed")
			.cancelledItem(null)
			.delayReason("TRAFFIC")
			.at(now.minus(Duration.ofMinutes(8)))
			.status("ON_THE_WAY")
			.promised(now.plus(Duration.ofMinutes(30)), now.plus(Duration.ofMinutes(55)))
			.sendTo(this.http, this.platform.signature());
		order.id("ev-" + UUID.randomUUID())
			.type("courier.near")
			.delayReason(null)
			.at(now.minus(Duration.ofMinutes(1)))
			.sendTo(this.http, this.platform.signature());

		JsonNode told = await().atMost(Duration.ofSeconds(15))
			.until(() -> this.http.get("/api/v1/me/notices").bearer(customer(customerId)).send().json(),
					list -> list.size() == 3);
		Map<String, String> bodies = new java.util.HashMap<>();
		told.forEach(n -> bodies.put(n.path("kind").asString(), n.path("body").asString()));
		assertThat(bodies.get("ITEM_CANCELLED")).contains("«Самса с тыквой»").contains(order.number());
		assertThat(bodies.get("ETA_CHANGED")).contains("Курьер попал в пробку.");
		assertThat(bodies.get("COURIER_NEAR")).contains("почти у вашей двери");
	}

	StompSession connect(WebSocketStompClient client, String token, StompFrames frames) throws Exception {
		StompHeaders headers = new StompHeaders();
		headers.add("Authorization", "Bearer " + token);
		return client.connectAsync("ws://localhost:" + this.port + "/ws", new WebSocketHttpHeaders(), headers, frames)
			.get(10, TimeUnit.SECONDS);
	}

	@Test
	void onlyAnAdminSavesThePolicyAndEverySaveIsAVersion() {
		int before = this.policies.current().version();
		Map<String, Object> policy = policyJson(Map.of(), 6);
		for (OperatorRole role : List.of(OperatorRole.AGENT, OperatorRole.SUPERVISOR)) {
			Http.Response refused = this.http
				.put("/api/v1/agent/notice-policy", Map.of("basedOn", before, "policy", policy))
				.bearer(operator(role))
				.send();
			assertThat(refused.status()).as(role.name()).isEqualTo(403);
		}
		assertThat(this.http.get("/api/v1/agent/notice-policy").bearer(operator(OperatorRole.AGENT)).send().status())
			.isEqualTo(403);
		assertThat(this.http.get("/api/v1/agent/notice-policy").bearer(customer("c-1")).send().status()).isIn(401, 403);
		String admin = operator(OperatorRole.ADMIN);
		Map<String, Object> wrong = new java.util.HashMap<>(policy);
		wrong.put("perHourLimit", 0);
		Http.Response bad = this.http.put("/api/v1/agent/notice-policy", Map.of("basedOn", before, "policy", wrong))
			.bearer(admin)
			.send();
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.problemFields()).containsExactly("perHourLimit");
		assertThat(this.policies.current().version()).isEqualTo(before);
		Http.Response saved = this.http
			.put("/api/v1/agent/notice-policy", Map.of("basedOn", before, "policy", policy, "comment", "tests"))
			.bearer(admin)
			.send();
		assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
		assertThat(saved.json().path("version").asInt()).isEqualTo(before + 1);
		Http.Response stale = this.http.put("/api/v1/agent/notice-policy", Map.of("basedOn", before, "policy", policy))
			.bearer(admin)
			.send();
		assertThat(stale.status()).isEqualTo(409);
		assertThat(this.http.get("/api/v1/agent/notice-policy/history")
			.bearer(operator(OperatorRole.SUPERVISOR))
			.send()
			.json()
			.get(0)
			.path("comment")
			.asString()).isEqualTo("tests");
	}

	// --- helpers

	/**
	 * An order 30 minutes past its promise, still on its way, 10 minutes from arriving.
	 */
	@Test
	void theReportComparesToldAndHeldOutOrdersCountingEachContactOnceAndTheCareSpentPerCity() throws Exception {
		// Half the orders held out, no quiet hours (this runs at any hour), late care in
		// Namangan with room for two credits.
		Map<String, Object> policy = policyJson(Map.of("Namangan", Map.of("on", true, "dailyBudget", 25_000)), 50);
		policy.put("holdoutPercent", 50);
		policy.put("quietFromHour", 0);
		policy.put("quietToHour", 0);
		savePolicy(policy);
		String supervisor = operator(OperatorRole.SUPERVISOR);
		JsonNode before = report(supervisor, "COURIER_NEAR");

		List<String> told = new ArrayList<>();
		List<String> heldOut = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			String customerId = "c-" + UUID.randomUUID();
			OrderView order = lateOrder(customerId, "Namangan");
			this.notices.tell(order, "ru", NoticeKind.COURIER_NEAR, Instant.now(), 0);
			String status = this.jdbc.queryForObject("select status from notices where order_id = ?", String.class,
					order.id().value());
			(("HELD_OUT".equals(status)) ? heldOut : told).add(customerId);
		}
		// 40 orders at 50 %: both groups have some (all in one: 2 in 2^40).
		assertThat(told).isNotEmpty();
		assertThat(heldOut).isNotEmpty();
		// A held-out order's customer is not told: nothing to push, nothing in their
		// history.
		assertThat(this.http.get("/api/v1/me/notices").bearer(customer(heldOut.get(0))).send().json().size()).isZero();

		// Two told customers write, one of them twice; one held-out customer writes; the
		// same start redelivered eight times at once still counts once.
		startConversation(told.get(0));
		startConversation(told.get(0));
		startConversation(told.get(1));
		startConversation(heldOut.get(0));
		ConversationStarted again = new ConversationStarted(new ConversationId(UUID.randomUUID()), told.get(1),
				PlatformRole.CUSTOMER, "Malika", "ru", null, null, false);
		List<Callable<Integer>> redelivered = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			redelivered.add(() -> {
				publish(again);
				return 1;
			});
		}
		Parallel.all(redelivered);
		// A conversation support opened itself is not the customer asking.
		publish(new ConversationStarted(new ConversationId(UUID.randomUUID()), told.get(2), PlatformRole.CUSTOMER,
				"Malika", "ru", null, null, true));

		JsonNode after = await().atMost(Duration.ofSeconds(20))
			.until(() -> report(supervisor, "COURIER_NEAR"),
					row -> row.path("toldContacted").asLong() - before.path("toldContacted").asLong() == 2
							&& row.path("heldOutContacted").asLong() - before.path("heldOutContacted").asLong() == 1);
		assertThat(after.path("told").asLong() - before.path("told").asLong()).isEqualTo(told.size());
		assertThat(after.path("heldOut").asLong() - before.path("heldOut").asLong()).isEqualTo(heldOut.size());
		assertThat(this.jdbc.queryForObject(
				"select count(*) from notices where customer_id = ? and contacted_at " + "is not null", Integer.class,
				told.get(2)))
			.isZero();

		// Late care's cost: three late orders in Namangan, 25 000 so'm of budget.
		NoticePolicy saved = this.policies.current().settings();
		long paid = 0;
		for (int i = 0; i < 3; i++) {
			paid += this.lateCare.care(lateOrder("c-" + UUID.randomUUID(), "Namangan"), saved, Instant.now()).amount();
		}
		Http.Response report = this.http.get("/api/v1/agent/notices/report?days=1").bearer(supervisor).send();
		assertThat(report.status()).isEqualTo(200);
		assertThat(report.json().path("holdoutPercent").asInt()).isEqualTo(50);
		JsonNode namangan = null;
		for (JsonNode row : report.json().path("care")) {
			if ("Namangan".equals(row.path("city").asString())) {
				namangan = row;
			}
		}
		assertThat(namangan).isNotNull();
		assertThat(namangan.path("amount").asLong()).isEqualTo(paid).isPositive().isLessThanOrEqualTo(25_000);
		assertThat(namangan.path("credited").asLong() + namangan.path("overBudget").asLong()).isEqualTo(3);
		assertThat(namangan.path("overBudget").asLong()).isPositive();

		Http.Response csv = this.http.get("/api/v1/agent/notices/report.csv?table=care").bearer(supervisor).send();
		assertThat(csv.status()).isEqualTo(200);
		assertThat(csv.text()).startsWith("day,city,credited_orders,amount_som,over_budget")
			.contains(",\"Namangan\"," + namangan.path("credited").asLong() + "," + paid + ",");
		assertThat(this.http.get("/api/v1/agent/notices/report.csv").bearer(supervisor).send().text())
			.contains("COURIER_NEAR," + after.path("told").asLong() + ",");
		// Late care's own line beside the incidents' scorecards.
		String name = "sup-" + UUID.randomUUID().toString().substring(0, 8);
		this.operators.register(name, "Op " + name, "a-long-password", OperatorRole.SUPERVISOR, "en");
		OperatorSession desk = OperatorSession.open(this.http);
		desk.login(name, "a-long-password");
		String scorecards = desk.get("/agent/scorecards?by=CITY&days=1&lang=en").text();
		assertThat(scorecards).contains("Late care (automatic), by city").contains("data-city=\"Namangan\"");
		savePolicy(Map.of(), 6);
	}

	@Test
	void onlySupervisorsReadTheNoticesReportAndABadPeriodIsRefusedNamingIt() {
		String agent = operator(OperatorRole.AGENT);
		assertThat(this.http.get("/api/v1/agent/notices/report").bearer(agent).send().status()).isEqualTo(403);
		assertThat(this.http.get("/api/v1/agent/notices/report.csv").bearer(agent).send().status()).isEqualTo(403);
		assertThat(this.http.get("/api/v1/agent/notices/report")
			.bearer(customer("c-" + UUID.randomUUID()))
			.send()
			.status()).isIn(401, 403);
		assertThat(this.http.get("/api/v1/agent/notices/report").send().status()).isEqualTo(401);
		String supervisor = operator(OperatorRole.SUPERVISOR);
		Http.Response bad = this.http.get("/api/v1/agent/notices/report?days=0").bearer(supervisor).send();
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.problemFields()).containsExactly("days");
		Http.Response table = this.http.get("/api/v1/agent/notices/report.csv?table=secrets").bearer(supervisor).send();
		assertThat(table.status()).isEqualTo(400);
		assertThat(table.problemFields()).containsExactly("table");
		Http.Response holdout = this.http
			.put("/api/v1/agent/notice-policy",
					Map.of("basedOn", this.policies.current().version(), "policy", holdoutOf(51)))
			.bearer(operator(OperatorRole.ADMIN))
			.send();
		assertThat(holdout.status()).isEqualTo(400);
		assertThat(holdout.problemFields()).containsExactly("holdoutPercent");

		// The page, in each language, for a supervisor; an agent is refused it.
		String name = "sup-" + UUID.randomUUID().toString().substring(0, 8);
		this.operators.register(name, "Op " + name, "a-long-password", OperatorRole.SUPERVISOR, "ru");
		OperatorSession desk = OperatorSession.open(this.http);
		desk.login(name, "a-long-password");
		assertThat(desk.get("/agent/notices/report?lang=ru").text()).contains("Уведомления: избавляют ли они")
			.contains("Забота об опоздавших заказах")
			.doesNotContain("??");
		assertThat(desk.get("/agent/notices/report?lang=uz").text()).contains("Bildirishnomalar: ular mijozni")
			.doesNotContain("??");
		assertThat(desk.get("/agent/settings/notices").status()).as("the policy's page is admins'").isEqualTo(403);
		assertThat(desk.get("/agent/notices/report?lang=en").text()).contains("Notices: do they spare customers")
			.contains("data-testid=\"nav-notices\"")
			.doesNotContain("??");
		String agentName = "agent-" + UUID.randomUUID().toString().substring(0, 8);
		this.operators.register(agentName, "Op " + agentName, "a-long-password", OperatorRole.AGENT, "ru");
		OperatorSession agentDesk = OperatorSession.open(this.http);
		agentDesk.login(agentName, "a-long-password");
		assertThat(agentDesk.get("/agent/notices/report").status()).isEqualTo(403);
	}

	static Map<String, Object> holdoutOf(int percent) {
		Map<String, Object> policy = policyJson(Map.of(), 6);
		policy.put("holdoutPercent", percent);
		return policy;
	}

	JsonNode report(String supervisor, String kind) {
		Http.Response response = this.http.get("/api/v1/agent/notices/report?days=1").bearer(supervisor).send();
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		for (JsonNode row : response.json().path("kinds")) {
			if (kind.equals(row.path("kind").asString())) {
				return row;
			}
		}
		throw new AssertionError("No row of " + kind);
	}

	void publish(Object event) {
		new TransactionTemplate(this.transactions).executeWithoutResult(status -> this.events.publishEvent(event));
	}

	void startConversation(String customerId) {
		Http.Response started = this.http
			.post("/api/v1/conversations",
					Map.of("text", "Где курьер?", "clientMessageId", UUID.randomUUID().toString()))
			.bearer(customer(customerId))
			.send();
		assertThat(started.status()).as(started.toString()).isIn(200, 201);
	}

	static OrderView lateOrder(String customerId, String city) {
		Instant now = Instant.now();
		return new OrderView(new OrderId("o-" + UUID.randomUUID()), "E24-" + (int) (Math.random() * 900000 + 100000),
				city, customerId, "Malika", "Rayhon", "Jasur", null, List.of(), Money.som(9000), Money.som(104_000),
				PaymentMethod.CARD, PaymentStatus.PAID, OrderStatus.ON_THE_WAY, now.minus(Duration.ofMinutes(20)),
				now.plus(Duration.ofMinutes(10)), null, now.minus(Duration.ofMinutes(60)), List.of());
	}

	void savePolicy(Map<String, Object> lateCare, int perHourLimit) {
		savePolicy(policyJson(lateCare, perHourLimit));
	}

	void savePolicy(Map<String, Object> policy) {
		for (int attempt = 0; attempt < 3; attempt++) {
			Http.Response saved = this.http
				.put("/api/v1/agent/notice-policy",
						Map.of("basedOn", this.policies.current().version(), "policy", policy))
				.bearer(operator(OperatorRole.ADMIN))
				.send();
			if (saved.status() == 200) {
				return;
			}
		}
		throw new AssertionError("The policy was not saved");
	}

	static Map<String, Object> policyJson(Map<String, Object> lateCare, int perHourLimit) {
		Map<String, Object> policy = new java.util.HashMap<>();
		policy.put("etaShiftMinutes", 10);
		policy.put("lateAfterMinutes", 15);
		policy.put("quietFromHour", 22);
		policy.put("quietToHour", 8);
		policy.put("zone", "Asia/Tashkent");
		policy.put("perHourLimit", perHourLimit);
		policy.put("lateCare", lateCare);
		return policy;
	}

	String customer(String id) {
		return this.tokens.issue(new PlatformUser(id, PlatformRole.CUSTOMER, "Malika", "ru"), Duration.ofHours(1));
	}

	String courier() {
		return this.tokens.issue(new PlatformUser("k-" + UUID.randomUUID(), PlatformRole.COURIER, "Jasur", "uz"),
				Duration.ofHours(1));
	}

	String operator(OperatorRole role) {
		String name = role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
		return this.operators.issueApiToken(this.operators.register(name, "Op " + name, "a-long-password", role, "ru"),
				"tests");
	}

}
