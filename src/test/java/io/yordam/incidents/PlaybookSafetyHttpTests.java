package io.yordam.incidents;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
import io.yordam.support.OperatorSession;
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

import static io.yordam.orders.PlatformEventBuilder.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 10's findings on the playbooks, from the agent's side, over HTTP: compensation
 * only for what has happened (3), one amount for the agent and the customer and "done"
 * only when it is (4), money arithmetic that cannot overflow (7), and one rule for
 * quantities shared by the ledger and the platform (low).
 */
@YordamTest
class PlaybookSafetyHttpTests {

	static final String SECRET = "playbook-safety-secret";

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

	String agentName;

	String agent;

	String customerId;

	String customer;

	@BeforeEach
	void setUp() {
		this.http = new Http(this.port);
		PLATFORM.down(false);
		newAgent("ru");
		newCustomer("ru");
	}

	void newAgent(String locale) {
		this.agentName = "agent-" + UUID.randomUUID().toString().substring(0, 8);
		OperatorId id = this.operators.register(this.agentName, "Op " + this.agentName, "a-long-password",
				OperatorRole.AGENT, locale);
		this.agent = this.operators.issueApiToken(id, "tests");
	}

	void newCustomer(String locale) {
		this.customerId = "c-" + UUID.randomUUID();
		this.customer = this.tokens.issue(new PlatformUser(this.customerId, PlatformRole.CUSTOMER, "Malika", locale),
				Duration.ofHours(1));
	}

	// --- steps

	Http.Response sendOrder(PlatformEventBuilder event) {
		byte[] body = Http.toJson(event.build());
		return this.http.postRaw("/api/v1/platform/events", body)
			.header("X-Yordam-Signature", this.platform.signature().sign(body))
			.send();
	}

	String order(Consumer<PlatformEventBuilder> shape) {
		PlatformEventBuilder event = PlatformEventBuilder.anOrderEvent().customer(this.customerId, "Malika", "ru");
		shape.accept(event);
		Http.Response response = sendOrder(event);
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		return event.orderId();
	}

	record Case(String orderId, String conversationId, String ticketId) {
	}

	Case caseAbout(String orderId) {
		Http.Response started = this.http
			.post("/api/v1/conversations",
					Map.of("orderId", orderId, "text", "Проблема с заказом", "clientMessageId", "first"))
			.bearer(this.customer)
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
		return new Case(orderId, conversation, ticket);
	}

	Http.Response open(Case c, String type, Map<String, Object> facts) {
		return this.http
			.post("/api/v1/agent/tickets/" + c.ticketId() + "/incidents", Map.of("type", type, "facts", facts))
			.bearer(this.agent)
			.send();
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

	/** The labels of the customer's quick replies for an incident, in offer order. */
	List<String> quickReplyLabels(Case c, String incidentId) {
		JsonNode offer = await().atMost(Duration.ofSeconds(5))
			.until(() -> chat(c).stream()
				.filter(m -> m.path("actions").size() > 0
						&& m.path("actions").get(0).path("id").asString().startsWith("inc:" + incidentId + ":"))
				.findFirst()
				.orElse(null), java.util.Objects::nonNull);
		List<String> labels = new ArrayList<>();
		offer.path("actions").forEach(a -> labels.add(a.path("label").asString()));
		return labels;
	}

	int count(String sql, Object... args) {
		return this.jdbc.queryForObject(sql, Integer.class, args);
	}

	/** Nothing at all was written for this order: no incident, no money, no request. */
	void nothingWrittenFor(Case c, int messagesBefore) {
		assertThat(count("select count(*) from incidents where order_id = ?", c.orderId())).isZero();
		assertThat(count("select count(*) from ledger_transactions where order_id = ?", c.orderId())).isZero();
		assertThat(count("select count(*) from platform_actions where order_id = ?", c.orderId())).isZero();
		assertThat(chat(c)).as("the customer was told nothing").hasSize(messagesBefore);
		assertThat(PLATFORM.acceptedFor(c.orderId())).isEmpty();
	}

	OperatorSession signIn() {
		OperatorSession session = OperatorSession.open(this.http);
		session.login(this.agentName, "a-long-password");
		return session;
	}

	Http.Response workspaceGet(OperatorSession session, String path, String lang) {
		return this.http.get(path).header("Cookie", session.cookie() + "; yordam-lang=" + lang).send();
	}

	Http.Response workspacePost(OperatorSession session, String path, String form, String lang) {
		Matcher csrf = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"")
			.matcher(workspaceGet(session, "/agent", lang).text());
		assertThat(csrf.find()).as("the workspace page carries a CSRF token").isTrue();
		return this.http.postRaw(path, form.getBytes(StandardCharsets.UTF_8))
			.contentType("application/x-www-form-urlencoded")
			.header("Cookie", session.cookie() + "; yordam-lang=" + lang)
			.header("X-CSRF-TOKEN", csrf.group(1))
			.header("HX-Request", "true")
			.send();
	}

	static String unescape(String html) {
		return html.replace("&#39;", "'")
			.replace("&quot;", "\"")
			.replace("&lt;", "<")
			.replace("&gt;", ">")
			.replace("&nbsp;", "\u00a0")
			.replace("&amp;", "&");
	}

	// --- finding 3: compensation only for what has happened

	@Test
	void damagedOnAnOrderStillOnItsWayIsRefusedAndNothingIsWrittenOrSaid() {
		Case c = caseAbout(order(o -> o.status("ON_THE_WAY")));
		int before = chat(c).size();
		Http.Response refused = open(c, "DAMAGED_ORDER", Map.of("items", List.of("plov")));
		assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
		assertThat(refused.json().path("rule").asString()).isEqualTo("not-delivered");
		assertThat(refused.json().path("detail").asString()).contains("ON_THE_WAY");
		nothingWrittenFor(c, before);
	}

	@Test
	void eachPlaybookChecksTheOrdersStateBeforeOfferingAnything() {
		record Probe(String type, Map<String, Object> facts, Consumer<PlatformEventBuilder> shape, String rule) {
		}
		Map<String, Object> items = Map.of("items", List.of("plov"));
		Instant now = Instant.now();
		List<Probe> probes = List.of(
				new Probe(
						"INCOMPLETE_ORDER", Map.of("items", List.of("non")), o -> o.status("COOKING"), "not-delivered"),
				new Probe("WRONG_ORDER", items, o -> o.status("READY"), "not-delivered"),
				new Probe("FOOD_QUALITY", Map.of("items", List.of("plov"), "problem", "COLD"), o -> o.status("CREATED"),
						"not-delivered"),
				new Probe("DAMAGED_ORDER", items, o -> o.status("CANCELLED"), "not-delivered"),
				// Promised 45 minutes from now: not late, whatever the ETA says.
				new Probe("LATE_DELIVERY", Map.of(), o -> o.at(now).status("ON_THE_WAY"), "not-late"),
				new Probe("LATE_DELIVERY", Map.of(), o -> o.status("CANCELLED"), "not-late"),
				new Probe("UNPAID_ORDER", Map.of(), o -> o.status("ACCEPTED").payment("CARD", "PAID"),
						"payment-not-declined"),
				new Probe("UNPAID_ORDER", Map.of(), o -> o.status("DELIVERED").payment("CARD", "FAILED"),
						"order-finished"),
				new Probe("CANCELLATION", Map.of(), o -> o.status("DELIVERED"), "order-finished"));
		for (Probe probe : probes) {
			newCustomer("ru");
			Case c = caseAbout(order(probe.shape()));
			int before = chat(c).size();
			Http.Response refused = open(c, probe.type(), probe.facts());
			assertThat(refused.status()).as(probe + " " + refused).isEqualTo(422);
			assertThat(refused.json().path("rule").asString()).as(probe.toString()).isEqualTo(probe.rule());
			nothingWrittenFor(c, before);
		}
		// And once it has happened, the same claims open.
		newCustomer("ru");
		Case delivered = caseAbout(order(o -> o.status("DELIVERED")));
		assertThat(open(delivered, "DAMAGED_ORDER", items).status()).isEqualTo(201);
		newCustomer("ru");
		Case declined = caseAbout(order(o -> o.status("ACCEPTED").payment("CARD", "FAILED")));
		assertThat(open(declined, "UNPAID_ORDER", Map.of()).status()).isEqualTo(201);
	}

	@Test
	void theWorkspaceIncidentFormRefusesAnUndeliveredOrderInTheAgentsLanguage() {
		Map<String, String> expected = Map.of("ru", "Заказ ещё не доставлен", "uz", "Buyurtma hali yetkazilmagan", "en",
				"The order has not been delivered yet");
		for (String lang : List.of("ru", "uz", "en")) {
			newCustomer("ru");
			Case c = caseAbout(order(o -> o.status("ON_THE_WAY")));
			OperatorSession session = signIn();
			int before = chat(c).size();
			Http.Response refused = workspacePost(session, "/agent/tickets/" + c.ticketId() + "/incidents",
					"type=DAMAGED_ORDER&items=plov", lang);
			assertThat(refused.status()).as(lang + " " + refused).isEqualTo(422);
			assertThat(refused.text()).as(lang).startsWith(expected.get(lang));
			nothingWrittenFor(c, before);
		}
	}

	// --- finding 4: one label and amount for both; "done" only when it is

	@Test
	void theAgentsPanelAndTheCustomersQuickReplyShowTheSameLabelForEveryOptionOfEveryPlaybook() {
		record Run(String type, Map<String, Object> facts, Consumer<PlatformEventBuilder> shape) {
		}
		Map<String, Object> plov = Map.of("items", List.of("plov"));
		List<Run> runs = List.of(new Run("LATE_DELIVERY", Map.of(), o -> o.status("ON_THE_WAY")),
				new Run("DAMAGED_ORDER", plov, o -> o.status("DELIVERED")),
				new Run("DAMAGED_ORDER", plov, o -> o.status("DELIVERED").payment("CASH", "PAID")),
				new Run("INCOMPLETE_ORDER", Map.of("items", List.of("non")), o -> o.status("DELIVERED")),
				new Run("WRONG_ORDER", Map.of("items", List.of("plov"), "receivedValue", 60_000),
						o -> o.status("DELIVERED")),
				new Run("WRONG_ORDER", Map.of("items", List.of("plov"), "receivedValue", 60_000),
						o -> o.status("DELIVERED").payment("CASH", "PAID")),
				new Run("UNPAID_ORDER", Map.of(), o -> o.status("ACCEPTED").payment("CARD", "FAILED")),
				new Run("CANCELLATION", Map.of(), o -> o.status("ACCEPTED")),
				new Run("CANCELLATION", Map.of(), o -> o.status("COOKING")), new Run("FOOD_QUALITY",
						Map.of("items", List.of("plov"), "problem", "COLD"), o -> o.status("DELIVERED")));
		Pattern label = Pattern.compile("<span data-testid=\"incident-option-label\">([^<]*)</span>");
		int options = 0;
		for (String lang : List.of("ru", "en")) {
			newAgent(lang);
			OperatorSession session = signIn();
			for (Run run : runs) {
				newCustomer(lang);
				Case c = caseAbout(order(run.shape()));
				Http.Response opened = open(c, run.type(), run.facts());
				assertThat(opened.status()).as(run + " " + opened).isEqualTo(201);
				String id = opened.json().path("id").asString();
				List<String> customerSees = quickReplyLabels(c, id);

				Http.Response panel = workspaceGet(session, "/agent/tickets/" + c.ticketId() + "/incident", lang);
				assertThat(panel.status()).isEqualTo(200);
				List<String> agentSees = new ArrayList<>();
				Matcher matcher = label.matcher(panel.text());
				while (matcher.find()) {
					agentSees.add(unescape(matcher.group(1)).strip());
				}
				assertThat(agentSees).as(lang + " " + run.type()).isEqualTo(customerSees);
				assertThat(customerSees).as(run.type()).hasSize(opened.json().path("offers").size());
				options += customerSees.size();
			}
		}
		assertThat(options).isGreaterThanOrEqualTo(2 * 20);
	}

	@Test
	void theCustomerHearsDoneOnlyOnceThePlatformHasConfirmed() {
		Case c = caseAbout(order(o -> o.status("DELIVERED")));
		String id = open(c, "INCOMPLETE_ORDER", Map.of("items", List.of("non"))).json().path("id").asString();
		PLATFORM.down(true);
		Http.Response chosen = this.http
			.post("/api/v1/agent/incidents/" + id + "/choice", Map.of("option", "BONUS_CREDIT"))
			.bearer(this.agent)
			.send();
		assertThat(chosen.status()).as(chosen.toString()).isEqualTo(200);
		assertThat(chosen.json().path("status").asString()).isEqualTo("IN_PROGRESS");
		await().atMost(Duration.ofSeconds(5)).until(() -> PLATFORM.refusedWhileDown() > 0);
		List<String> said = chat(c).stream()
			.filter(m -> m.path("authorKind").asString().equals("SYSTEM"))
			.map(m -> m.path("text").asString())
			.toList();
		assertThat(said.getLast()).startsWith("Запрос отправлен");
		assertThat(said).noneSatisfy(t -> assertThat(t.toLowerCase()).contains("готово"));

		PLATFORM.down(false);
		await().atMost(Duration.ofSeconds(15))
			.until(() -> chat(c).getLast().path("text").asString(), t -> t.startsWith("Готово"));
	}

	// --- finding 7: money arithmetic that cannot overflow

	@Test
	void pricesAndQuantitiesBeyondSaneBoundsAreRefusedAtIntakeNamingTheField() {
		record Bad(Consumer<PlatformEventBuilder> shape, String field) {
		}
		List<Bad> bads = List.of(
				new Bad(o -> o.items(List.of(line("a", "A", 1, 5_000_000_000_000_000_000L),
						line("b", "B", 1, 5_000_000_000_000_000_000L))), "order.items[0].unitPrice"),
				new Bad(o -> o.items(List.of(line("a", "A", 1, 100_000_001L))), "order.items[0].unitPrice"),
				new Bad(o -> o.items(List.of(line("a", "A", 1_001, 1_000))), "order.items[0].quantity"));
		for (Bad bad : bads) {
			PlatformEventBuilder event = PlatformEventBuilder.anOrderEvent().customer(this.customerId, "Malika", "ru");
			bad.shape().accept(event);
			Http.Response refused = sendOrder(event);
			assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
			assertThat(refused.problemFields()).contains(bad.field());
			assertThat(count("select count(*) from orders where id = ?", event.orderId())).isZero();
		}
		PlatformEventBuilder atTheBound = PlatformEventBuilder.anOrderEvent()
			.customer(this.customerId, "Malika", "ru")
			.items(List.of(line("a", "A", 1_000, 100_000_000L)));
		assertThat(sendOrder(atTheBound).status()).isEqualTo(200);
	}

	@Test
	void anOrderWhoseAmountsOverflowGetsNoOfferAndThePlatformIsAskedForNothing() {
		// Prices from before the intake's bounds: only the database can still hold them.
		Case c = caseAbout(order(
				o -> o.status("DELIVERED").items(List.of(line("a", "Plov", 1, 45_000), line("b", "Non", 1, 5_000)))));
		this.jdbc.update("update order_items set unit_price = ? where order_id = ?", 5_000_000_000_000_000_000L,
				c.orderId());
		int before = chat(c).size();
		Http.Response refused = open(c, "INCOMPLETE_ORDER", Map.of("items", List.of("a", "b")));
		assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
		assertThat(refused.json().path("rule").asString()).isEqualTo("amount-out-of-range");
		nothingWrittenFor(c, before);
	}

	// --- low: one rule for quantities, shared by the ledger and the platform

	@Test
	void duplicateItemIdsInAClaimAreOneLineForTheLedgerAndThePlatformAlike() {
		Case c = caseAbout(order(
				o -> o.status("DELIVERED").items(List.of(line("s1", "Plov", 2, 45_000), line("s2", "Non", 1, 5_000)))));
		Http.Response opened = open(c, "INCOMPLETE_ORDER", Map.of("items", List.of("s1", "s1", "s1", "s2")));
		assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
		assertThat(opened.json().path("facts").path("items")).extracting(JsonNode::asString)
			.containsExactly("s1", "s2");
		String id = opened.json().path("id").asString();
		this.http.post("/api/v1/agent/incidents/" + id + "/choice", Map.of("option", "SEND_MISSING"))
			.bearer(this.agent)
			.send();
		JsonNode redeliver = await().atMost(Duration.ofSeconds(10))
			.until(() -> PLATFORM.acceptedFor(c.orderId())
				.stream()
				.filter(a -> a.path("type").asString().equals("order.redeliver"))
				.findFirst()
				.orElse(null), java.util.Objects::nonNull);
		assertThat(redeliver.toString()).contains("\"s1\"").contains("\"s2\"");
		assertThat(redeliver.toString().split("\"s1\"", -1)).as(redeliver.toString()).hasSize(2);
		long redelivered = this.jdbc.queryForObject(
				"select sum(amount) from ledger_transactions where order_id = ? and kind = 'REDELIVERY'", Long.class,
				c.orderId());
		assertThat(redelivered).isEqualTo(2 * 45_000 + 5_000);
	}

}
