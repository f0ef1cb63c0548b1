package io.yordam.tickets;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.yordam.access.OperatorId;
import io.yordam.access.OperatorRole;
import io.yordam.access.Operators;
import io.yordam.access.PlatformRole;
import io.yordam.access.PlatformTokens;
import io.yordam.access.PlatformUser;
import io.yordam.support.Http;
import io.yordam.support.YordamTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The support loop through the agent API: a customer writes, a ticket opens, an agent
 * answers and solves.
 */
@YordamTest
class AgentApiHttpTests {

	@LocalServerPort
	int port;

	@Autowired
	PlatformTokens tokens;

	@Autowired
	Operators operators;

	@Autowired
	io.yordam.orders.PlatformProperties platform;

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	Http http;

	String agentToken;

	String customer;

	String customerId;

	@BeforeEach
	void setUp() {
		this.http = new Http(this.port);
		String username = "agent-" + UUID.randomUUID().toString().substring(0, 8);
		OperatorId agent = this.operators.register(username, "Dilnoza Yusupova", "a-long-password", OperatorRole.AGENT,
				"ru");
		this.agentToken = this.operators.issueApiToken(agent, "tests");
		this.customerId = "c-" + UUID.randomUUID();
		this.customer = this.tokens.issue(
				new PlatformUser(this.customerId, PlatformRole.CUSTOMER, "Jasur Toshmatov", "uz"), Duration.ofHours(1));
	}

	String startConversation(String token, String text) {
		Http.Response response = this.http
			.post("/api/v1/conversations", Map.of("text", text, "clientMessageId", UUID.randomUUID().toString()))
			.bearer(token)
			.send();
		assertThat(response.status()).isEqualTo(201);
		return response.json().path("id").asString();
	}

	JsonNode ticketOf(String conversationId) {
		return await().atMost(Duration.ofSeconds(10)).until(() -> {
			for (JsonNode t : agent(this.http.get("/api/v1/agent/tickets?status=NEW&status=OPEN&size=100")).json()
				.path("items")) {
				if (t.path("conversationId").asString().equals(conversationId)) {
					return t;
				}
			}
			return null;
		}, java.util.Objects::nonNull);
	}

	Http.Response agent(Http.Request request) {
		return request.bearer(this.agentToken).send();
	}

	@Test
	void theWholeLoopThroughTheApi() {
		String conversation = startConversation(this.customer, "Buyurtmam qayerda? Bir soatdan beri kutyapman");
		JsonNode ticket = ticketOf(conversation);
		String id = ticket.path("id").asString();
		assertThat(ticket.path("status").asString()).isEqualTo("NEW");
		assertThat(ticket.path("line").asString()).isEqualTo("CUSTOMERS_PARTNERS");
		assertThat(ticket.path("subject").asString()).startsWith("Buyurtmam qayerda?");
		assertThat(agent(this.http.get("/api/v1/agent/conversations/" + conversation + "/ticket")).json()
			.path("id")
			.asString()).isEqualTo(id);

		Http.Response claimed = agent(this.http.post("/api/v1/agent/tickets/" + id + "/claim", null));
		assertThat(claimed.json().path("status").asString()).isEqualTo("OPEN");
		assertThat(claimed.json().path("assigneeName").asString()).isEqualTo("Dilnoza Yusupova");

		Http.Response reply = agent(this.http.post("/api/v1/agent/tickets/" + id + "/replies",
				Map.of("clientMessageId", "r-1", "text", "Kuryer 5 daqiqada yetib keladi")));
		assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
		Http.Response retried = agent(this.http.post("/api/v1/agent/tickets/" + id + "/replies",
				Map.of("clientMessageId", "r-1", "text", "Kuryer 5 daqiqada yetib keladi")));
		assertThat(retried.json().path("id").asString()).isEqualTo(reply.json().path("id").asString());

		JsonNode seen = this.http.get("/api/v1/conversations/" + conversation + "/messages?after=1")
			.bearer(this.customer)
			.send()
			.json();
		assertThat(seen).hasSize(1);
		assertThat(seen.get(0).path("authorKind").asString()).isEqualTo("AGENT");
		assertThat(seen.get(0).path("authorName").asString()).isEqualTo("Dilnoza Yusupova");

		JsonNode afterReply = agent(this.http.get("/api/v1/agent/tickets/" + id)).json();
		assertThat(afterReply.path("status").asString()).isEqualTo("PENDING_CUSTOMER");
		assertThat(afterReply.path("firstResponseAt").isNull()).isFalse();

		this.http
			.post("/api/v1/conversations/" + conversation + "/messages",
					Map.of("clientMessageId", "c-2", "text", "Rahmat!"))
			.bearer(this.customer)
			.send();
		await().atMost(Duration.ofSeconds(10))
			.until(() -> agent(this.http.get("/api/v1/agent/tickets/" + id)).json().path("status").asString(),
					"OPEN"::equals);

		Http.Response solved = agent(
				this.http.post("/api/v1/agent/tickets/" + id + "/status", Map.of("status", "SOLVED")));
		assertThat(solved.json().path("status").asString()).isEqualTo("SOLVED");

		JsonNode audit = agent(this.http.get("/api/v1/agent/tickets/" + id + "/audit")).json();
		assertThat(audit).extracting(a -> a.path("action").asString()).contains("created", "assigned", "status");
	}

	@Test
	void anAgentSendsAnImageOnceAndTheCustomerSeesIt() {
		String conversation = startConversation(this.customer, "Chek kerak, iltimos");
		String id = ticketOf(conversation).path("id").asString();
		String path = "/api/v1/agent/tickets/" + id + "/replies/images";
		Map<String, String> fields = Map.of("clientMessageId", "img-1", "caption", "Mana chekingiz");
		Http.Response sent = io.yordam.support.Multipart.post(this.http, path, this.agentToken, fields, "image",
				"receipt.png", "image/png", io.yordam.support.Multipart.PNG);
		assertThat(sent.status()).as(sent.toString()).isEqualTo(200);
		assertThat(sent.json().path("attachmentId").isString()).isTrue();
		Http.Response retried = io.yordam.support.Multipart.post(this.http, path, this.agentToken, fields, "image",
				"receipt.png", "image/png", io.yordam.support.Multipart.PNG);
		assertThat(retried.json().path("id").asString()).isEqualTo(sent.json().path("id").asString());

		Http.Response notAnImage = io.yordam.support.Multipart.post(this.http, path, this.agentToken,
				Map.of("clientMessageId", "img-2"), "image", "receipt.png", "image/png",
				"%PDF-1.7 not an image".getBytes(java.nio.charset.StandardCharsets.UTF_8));
		assertThat(notAnImage.status()).isEqualTo(400);
		assertThat(notAnImage.problemFields()).containsExactly("image");

		JsonNode seen = this.http.get("/api/v1/conversations/" + conversation + "/messages?after=0")
			.bearer(this.customer)
			.send()
			.json();
		List<JsonNode> fromAgent = new java.util.ArrayList<>();
		seen.forEach(m -> {
			if (m.path("authorKind").asString().equals("AGENT")) {
				fromAgent.add(m);
			}
		});
		assertThat(fromAgent).as("one image, the refused file left nothing").hasSize(1);
		assertThat(fromAgent.get(0).path("text").asString()).isEqualTo("Mana chekingiz");
		assertThat(fromAgent.get(0).path("attachmentId").asString())
			.isEqualTo(sent.json().path("attachmentId").asString());
	}

	@Test
	void illegalTransitionsAreRefusedWithTheRule() {
		String id = ticketOf(startConversation(this.customer, "Savol")).path("id").asString();
		Http.Response close = agent(
				this.http.post("/api/v1/agent/tickets/" + id + "/status", Map.of("status", "CLOSED")));
		assertThat(close.status()).isEqualTo(409);
		assertThat(close.json().path("rule").asString()).isEqualTo("ticket-transition");
		Http.Response unknown = agent(
				this.http.post("/api/v1/agent/tickets/" + id + "/status", Map.of("status", "ASLEEP")));
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.problemFields()).containsExactly("status");
		assertThat(agent(this.http.get("/api/v1/agent/tickets/" + id)).json().path("status").asString())
			.isEqualTo("NEW");
	}

	@Test
	void notesTagsAndCategory() {
		String id = ticketOf(startConversation(this.customer, "Ovqat sovuq")).path("id").asString();
		assertThat(agent(
				this.http.post("/api/v1/agent/tickets/" + id + "/notes", Map.of("body", "Restoran bilan gaplashdim")))
			.status()).isEqualTo(201);
		assertThat(agent(this.http.get("/api/v1/agent/tickets/" + id + "/notes")).json()).hasSize(1);
		Http.Response tagged = agent(this.http.post("/api/v1/agent/tickets/" + id + "/tags", Map.of("tag", "VIP")));
		assertThat(tagged.status()).as(tagged.toString()).isEqualTo(200);
		assertThat(tagged.json().path("tags").get(0).asString()).isEqualTo("vip");
		Http.Response badTag = agent(
				this.http.post("/api/v1/agent/tickets/" + id + "/tags", Map.of("tag", "two words")));
		assertThat(badTag.status()).isEqualTo(400);
		assertThat(badTag.problemFields()).containsExactly("tag");
		assertThat(
				agent(this.http.post("/api/v1/agent/tickets/" + id + "/category", Map.of("category", "LATE_DELIVERY")))
					.json()
					.path("category")
					.asString())
			.isEqualTo("LATE_DELIVERY");
		// Notes are support's alone: the customer's chat does not show them.
		assertThat(this.http.get("/api/v1/conversations").bearer(this.customer).send().json()).hasSize(1);
	}

	@Test
	void aClosedTicketIsFinalAndTheNextMessageOpensAFollowUp() {
		String conversation = startConversation(this.customer, "Birinchi savol");
		String id = ticketOf(conversation).path("id").asString();
		agent(this.http.post("/api/v1/agent/tickets/" + id + "/status", Map.of("status", "SOLVED")));
		assertThat(
				agent(this.http.post("/api/v1/agent/tickets/" + id + "/status", Map.of("status", "CLOSED"))).status())
			.isEqualTo(200);
		Http.Response reply = agent(this.http.post("/api/v1/agent/tickets/" + id + "/replies",
				Map.of("clientMessageId", "r-x", "text", "late")));
		assertThat(reply.status()).isEqualTo(409);

		this.http
			.post("/api/v1/conversations/" + conversation + "/messages",
					Map.of("clientMessageId", "c-again", "text", "Yana bir savol"))
			.bearer(this.customer)
			.send();
		JsonNode followUp = await().atMost(Duration.ofSeconds(10))
			.until(() -> ticketOf(conversation), t -> !t.path("id").asString().equals(id));
		assertThat(followUp.path("status").asString()).isEqualTo("NEW");
		assertThat(followUp.path("number").asLong()).isGreaterThan(0);
	}

	@Test
	void aTicketIsLinkedToTheOrderItIsAbout() {
		String id = ticketOf(startConversation(this.customer, "Ovqat kelmadi")).path("id").asString();
		var event = io.yordam.orders.PlatformEventBuilder.anOrderEvent().customer(this.customerId, "Jasur", "uz");
		byte[] body = Http.toJson(event.build());
		assertThat(this.http.postRaw("/api/v1/platform/events", body)
			.header("X-Yordam-Signature", this.platform.signature().sign(body))
			.send()
			.status()).isEqualTo(200);
		Http.Response linked = agent(
				this.http.post("/api/v1/agent/tickets/" + id + "/order", Map.of("orderId", event.orderId())));
		assertThat(linked.status()).as(linked.toString()).isEqualTo(200);
		assertThat(linked.json().path("orderId").asString()).isEqualTo(event.orderId());
		Http.Response unknown = agent(
				this.http.post("/api/v1/agent/tickets/" + id + "/order", Map.of("orderId", "o-nowhere")));
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.problemFields()).containsExactly("orderId");
		assertThat(agent(this.http.get("/api/v1/agent/tickets/" + id + "/audit")).json())
			.extracting(a -> a.path("action").asString())
			.contains("order");
		// The customer-360 follows the platform's event asynchronously.
		JsonNode profile = await().atMost(Duration.ofSeconds(10))
			.until(() -> agent(this.http.get("/api/v1/agent/customers/" + this.customerId)).json(),
					c -> c.path("profile").path("ordersCount").asInt() == 1);
		assertThat(profile.path("recentOrders").get(0).path("id").asString()).isEqualTo(event.orderId());
		assertThat(profile.path("tickets")).hasSize(1);
		assertThat(agent(this.http.get("/api/v1/agent/customers/c-nobody")).status()).isEqualTo(404);
		assertThat(this.http.get("/api/v1/agent/customers/" + this.customerId).bearer(this.customer).send().status())
			.isEqualTo(401);
	}

	@Test
	void theQueuePutsTheMostUrgentFirstThenTheOldest() {
		String normal = ticketOf(startConversation(this.customer, "Birinchi")).path("id").asString();
		String high = ticketOf(startConversation(this.customer, "Ikkinchi")).path("id").asString();
		String urgent = ticketOf(startConversation(this.customer, "Uchinchi")).path("id").asString();
		String low = ticketOf(startConversation(this.customer, "To'rtinchi")).path("id").asString();
		agent(this.http.post("/api/v1/agent/tickets/" + high + "/priority", Map.of("priority", "HIGH")));
		agent(this.http.post("/api/v1/agent/tickets/" + urgent + "/priority", Map.of("priority", "URGENT")));
		agent(this.http.post("/api/v1/agent/tickets/" + low + "/priority", Map.of("priority", "LOW")));
		java.util.List<String> order = new java.util.ArrayList<>();
		agent(this.http.get("/api/v1/agent/tickets?size=100")).json().path("items").forEach(t -> {
			String id = t.path("id").asString();
			if (java.util.List.of(normal, high, urgent, low).contains(id)) {
				order.add(id);
			}
		});
		assertThat(order).containsExactly(urgent, high, normal, low);
	}

	@Test
	void aCourierWritesToTheCourierLine() {
		String courier = this.tokens.issue(
				new PlatformUser("k-" + UUID.randomUUID(), PlatformRole.COURIER, "Bekzod Aliyev", "uz"),
				Duration.ofHours(1));
		JsonNode ticket = ticketOf(startConversation(courier, "Mijoz telefonni olmayapti"));
		assertThat(ticket.path("line").asString()).isEqualTo("COURIERS");
	}

	@Test
	void theAgentApiWantsAValidOperatorToken() {
		assertThat(this.http.get("/api/v1/agent/tickets").send().status()).isEqualTo(401);
		assertThat(this.http.get("/api/v1/agent/tickets").bearer("yt_forged").send().status()).isEqualTo(401);
		// A customer's platform token is no operator token.
		assertThat(this.http.get("/api/v1/agent/tickets").bearer(this.customer).send().status()).isEqualTo(401);
		// And an operator's API token opens nothing on the customers' API.
		assertThat(this.http.get("/api/v1/conversations").bearer(this.agentToken).send().status()).isEqualTo(401);
	}

	@Test
	void onlyASupervisorAssignsOthers() {
		String id = ticketOf(startConversation(this.customer, "Savol")).path("id").asString();
		OperatorId colleague = this.operators.register("colleague-" + UUID.randomUUID().toString().substring(0, 8),
				"Aziza Karimova", "a-long-password", OperatorRole.AGENT, "uz");
		OperatorId supervisor = this.operators.register("sup-" + UUID.randomUUID().toString().substring(0, 8),
				"Timur Rakhimov", "a-long-password", OperatorRole.SUPERVISOR, "ru");
		String supervisorToken = this.operators.issueApiToken(supervisor, "tests");

		Http.Response byAgent = agent(this.http.post("/api/v1/agent/tickets/" + id + "/assignee",
				Map.of("assigneeId", colleague.value().toString())));
		assertThat(byAgent.status()).isEqualTo(403);
		assertThat(byAgent.json().path("rule").asString()).isEqualTo("assign-others");

		Http.Response bySupervisor = this.http
			.post("/api/v1/agent/tickets/" + id + "/assignee", Map.of("assigneeId", colleague.value().toString()))
			.bearer(supervisorToken)
			.send();
		assertThat(bySupervisor.status()).isEqualTo(200);
		assertThat(bySupervisor.json().path("assigneeName").asString()).isEqualTo("Aziza Karimova");

		Http.Response nobody = this.http
			.post("/api/v1/agent/tickets/" + id + "/assignee", Map.of("assigneeId", UUID.randomUUID().toString()))
			.bearer(supervisorToken)
			.send();
		assertThat(nobody.status()).isEqualTo(400);
		assertThat(nobody.problemFields()).containsExactly("assigneeId");

		assertThat(agent(this.http.get("/api/v1/agent/tickets/" + UUID.randomUUID())).status()).isEqualTo(404);
		assertThat(agent(this.http.get("/api/v1/agent/tickets/not-a-uuid")).status()).isEqualTo(404);
	}

}
