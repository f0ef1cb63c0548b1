package io.yordam.tickets;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;

import io.yordam.access.OperatorId;
import io.yordam.access.OperatorRole;
import io.yordam.access.Operators;
import io.yordam.access.PlatformRole;
import io.yordam.access.PlatformTokens;
import io.yordam.access.PlatformUser;
import io.yordam.orders.PlatformEventBuilder;
import io.yordam.orders.PlatformProperties;
import io.yordam.orders.PlatformSignature;
import io.yordam.support.Http;
import io.yordam.support.OperatorSession;
import io.yordam.support.Parallel;
import io.yordam.support.YordamTest;
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
 * Issue 15 §4: an unknown sender's mail is a contact ({@code mail-…}); an agent finds the
 * platform customer by phone, order number or id and links them. The email channel's
 * linker (the only one on here: nothing in tickets names a channel) makes the address the
 * customer's, the ticket becomes theirs, and it is audited once, however many agents link
 * at once.
 */
@YordamTest
class RequesterLinkHttpTests {

	static final String INBOUND_SECRET = "inbound-secret-of-the-link-tests";

	@DynamicPropertySource
	static void emailByTheSignedDoor(DynamicPropertyRegistry registry) {
		registry.add("yordam.email.enabled", () -> "true");
		registry.add("yordam.email.address", () -> "support@yordam.test");
		registry.add("yordam.email.poll-every", () -> "PT1H");
		registry.add("yordam.email.inbound-secret", () -> INBOUND_SECRET);
	}

	@LocalServerPort
	int port;

	@Autowired
	Operators operators;

	@Autowired
	PlatformTokens tokens;

	@Autowired
	PlatformProperties platform;

	@Autowired
	JdbcTemplate jdbc;

	Http http;

	String agentName;

	String agentToken;

	String customerId;

	PlatformEventBuilder order;

	@BeforeEach
	void setUp() {
		this.http = new Http(this.port);
		this.agentName = "agent-" + UUID.randomUUID().toString().substring(0, 8);
		OperatorId agent = this.operators.register(this.agentName, "Dilnoza Yusupova", "a-long-password",
				OperatorRole.AGENT, "uz");
		this.agentToken = this.operators.issueApiToken(agent, "tests");
		this.customerId = "c-link-" + UUID.randomUUID().toString().substring(0, 8);
		String phone = "+99890" + (1000000 + (int) (Math.random() * 8999999));
		this.order = PlatformEventBuilder.anOrderEvent()
			.customer(this.customerId, "Jasur Toshmatov", "uz")
			.customerPhone(phone)
			.status("DELIVERED")
			.sendTo(this.http, this.platform.signature());
	}

	@Test
	void aMailContactIsFoundAndLinkedOnceAndTheTicketBecomesTheCustomers() throws Exception {
		String address = "stranger-" + UUID.randomUUID().toString().substring(0, 8) + "@example.uz";
		JsonNode ticket = ticketOfMail(address, "Buyurtmam kelmadi");
		String id = ticket.path("id").asString();
		assertThat(ticket.path("requesterId").asString()).startsWith("mail-");

		// Found by the phone however written, by the order's number, by the id.
		String digits = this.jdbc.queryForObject("select customer_phone from orders where id = ?", String.class,
				this.order.orderId());
		for (String q : List.of(digits.substring(4), this.order.number(), this.customerId)) {
			JsonNode matches = agent(this.http.get("/api/v1/agent/tickets/" + id + "/requester-matches?q=" + q)).json();
			assertThat(matches.findValuesAsString("customerId")).as(q).contains(this.customerId);
			assertThat(matches.findValuesAsString("name")).contains("Jasur Toshmatov");
		}
		Http.Response blank = agent(this.http.get("/api/v1/agent/tickets/" + id + "/requester-matches?q="));
		assertThat(blank.status()).isEqualTo(400);
		assertThat(blank.json().path("errors").get(0).path("field").asString()).isEqualTo("q");
		Http.Response unknown = agent(
				this.http.post("/api/v1/agent/tickets/" + id + "/requester", Map.of("customerId", "c-nobody")));
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.json().path("errors").get(0).path("field").asString()).isEqualTo("customerId");
		assertThat(unknown.json().path("errors").get(0).path("rule").asString()).isEqualTo("known-customer");

		List<Callable<Integer>> links = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			links.add(() -> agent(
					this.http.post("/api/v1/agent/tickets/" + id + "/requester", Map.of("customerId", this.customerId)))
				.status());
		}
		List<Integer> statuses = Parallel.all(links);
		assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
		assertThat(statuses).allMatch(s -> s == 200 || s == 409);
		assertThat(this.jdbc.queryForObject("select count(*) from contact_links where contact_id = ?", Integer.class,
				ticket.path("requesterId").asString()))
			.isOne();
		assertThat(this.jdbc.queryForList(
				"select actor_name from ticket_audit where ticket_id = ? and action = 'requester-linked'", String.class,
				UUID.fromString(id)))
			.containsExactly("Dilnoza Yusupova");

		JsonNode linked = agent(this.http.get("/api/v1/agent/tickets/" + id)).json();
		assertThat(linked.path("requesterId").asString()).isEqualTo(this.customerId);
		assertThat(linked.path("requesterRole").asString()).isEqualTo("CUSTOMER");
		// The customer-360 beside the ticket is the customer's, with their order.
		OperatorSession session = session();
		assertThat(session.get("/agent/tickets/" + id + "/customer").text()).contains(this.order.number());
		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.jdbc.queryForObject(
					"select count(*) from customer_tickets where ticket_id = ? and customer_id = ?", Integer.class,
					UUID.fromString(id), this.customerId) == 1);

		// The address's next mail is the customer's.
		JsonNode next = ticketOfMail(address, "Yana bir savol");
		assertThat(next.path("requesterId").asString()).isEqualTo(this.customerId);
	}

	@Test
	void onlyAChannelsContactIsLinkedOnlyByOperatorsThroughEitherDoor() throws Exception {
		String customerToken = this.tokens.issue(
				new PlatformUser(this.customerId, PlatformRole.CUSTOMER, "Jasur Toshmatov", "uz"), Duration.ofHours(1));
		Http.Response started = this.http
			.post("/api/v1/conversations", Map.of("text", "Salom", "clientMessageId", UUID.randomUUID().toString()))
			.bearer(customerToken)
			.send();
		String chatTicket = await().atMost(Duration.ofSeconds(10))
			.until(() -> agent(
					this.http.get("/api/v1/agent/conversations/" + started.json().path("id").asString() + "/ticket")),
					r -> r.status() == 200)
			.json()
			.path("id")
			.asString();
		Http.Response notAContact = agent(this.http.post("/api/v1/agent/tickets/" + chatTicket + "/requester",
				Map.of("customerId", this.customerId)));
		assertThat(notAContact.status()).isEqualTo(409);
		assertThat(notAContact.json().path("rule").asString()).isEqualTo("not-a-contact");

		String id = ticketOfMail("other-" + UUID.randomUUID().toString().substring(0, 8) + "@example.uz", "Salom")
			.path("id")
			.asString();
		Map<String, Object> body = Map.of("customerId", this.customerId);
		assertThat(this.http.post("/api/v1/agent/tickets/" + id + "/requester", body)
			.bearer(customerToken)
			.send()
			.status()).isEqualTo(401);
		assertThat(this.http.get("/api/v1/agent/tickets/" + id + "/requester-matches?q=x")
			.bearer(customerToken)
			.send()
			.status()).isEqualTo(401);

		OperatorSession session = session();
		assertThat(session.get("/agent/tickets/" + id).text()).contains("data-testid=\"requester-link\"");
		assertThat(session.get("/agent/tickets/" + chatTicket).text()).doesNotContain("data-testid=\"requester-link\"");
		assertThat(session.get("/agent/tickets/" + id + "/requester-matches?q=" + this.order.number()).text())
			.contains("Jasur Toshmatov");
		Http.Response linked = session.post("/agent/tickets/" + id + "/requester", "customerId=" + this.customerId);
		assertThat(linked.status()).isEqualTo(204);
		assertThat(linked.header("HX-Refresh")).isEqualTo("true");
		Http.Response again = session.post("/agent/tickets/" + id + "/requester", "customerId=" + this.customerId);
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.text()).isIn("Автор обращения — не контакт канала.", "Murojaatchi kanal kontakti emas.",
				"The requester is not a channel's contact.");
	}

	private JsonNode ticketOfMail(String from, String text) {
		String messageId = "m-" + UUID.randomUUID() + "@example.uz";
		byte[] mail = ("From: Stranger <" + from + ">\r\nTo: support@yordam.test\r\nSubject: " + text
				+ "\r\nMessage-ID: <" + messageId + ">\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n" + text
				+ "\r\n")
			.getBytes(StandardCharsets.UTF_8);
		Http.Response taken = this.http.postRaw("/api/v1/channels/email/inbound", mail)
			.contentType("message/rfc822")
			.header("X-Yordam-Signature", new PlatformSignature(INBOUND_SECRET).sign(mail))
			.send();
		assertThat(taken.status()).as(taken.toString()).isEqualTo(200);
		UUID conversation = this.jdbc.queryForObject("select conversation_id from email_messages where message_id = ?",
				UUID.class, messageId);
		return await().atMost(Duration.ofSeconds(10))
			.until(() -> agent(this.http.get("/api/v1/agent/conversations/" + conversation + "/ticket")),
					r -> r.status() == 200)
			.json();
	}

	private OperatorSession session() {
		OperatorSession session = OperatorSession.open(this.http);
		assertThat(session.login(this.agentName, "a-long-password").header("Location")).doesNotContain("login");
		return session;
	}

	private Http.Response agent(Http.Request request) {
		return request.bearer(this.agentToken).send();
	}

}
