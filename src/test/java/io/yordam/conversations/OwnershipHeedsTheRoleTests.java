package io.yordam.conversations;

import java.lang.reflect.Type;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import io.yordam.access.OperatorId;
import io.yordam.access.OperatorRole;
import io.yordam.access.Operators;
import io.yordam.access.PlatformRole;
import io.yordam.access.PlatformTokens;
import io.yordam.access.PlatformUser;
import io.yordam.orders.PlatformEventBuilder;
import io.yordam.orders.PlatformProperties;
import io.yordam.support.Http;
import io.yordam.support.Multipart;
import io.yordam.support.OperatorSession;
import io.yordam.support.StompClients;
import io.yordam.support.YordamTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.simp.stomp.StompSessionHandlerAdapter;
import org.springframework.messaging.simp.user.SimpUserRegistry;
import org.springframework.web.socket.WebSocketHttpHeaders;
import org.springframework.web.socket.messaging.WebSocketStompClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 10, finding 2: a participant is (role, id). A courier's or a partner's token
 * whose {@code sub} equals a customer's id owns nothing of that customer's: not the
 * conversations, messages, images, quick replies, live topic, tickets or customer-360.
 */
@YordamTest
class OwnershipHeedsTheRoleTests {

	@LocalServerPort
	int port;

	@Autowired
	PlatformTokens tokens;

	@Autowired
	Conversations conversations;

	@Autowired
	Operators operators;

	@Autowired
	PlatformProperties platform;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SimpUserRegistry users;

	Http http;

	WebSocketStompClient client;

	String id;

	String customer;

	String courier;

	String partner;

	@BeforeEach
	void setUp() {
		this.http = new Http(this.port);
		this.client = StompClients.textClient();
		this.id = "u-" + UUID.randomUUID();
		this.customer = token(PlatformRole.CUSTOMER);
		this.courier = token(PlatformRole.COURIER);
		this.partner = token(PlatformRole.PARTNER);
	}

	@AfterEach
	void tearDown() {
		this.client.stop();
	}

	String token(PlatformRole role) {
		return this.tokens.issue(new PlatformUser(this.id, role, "Same Id " + role, "ru"), Duration.ofHours(1));
	}

	/** The customer's conversation with an image and an offer of quick replies. */
	record Chat(String conversation, String attachment, String action) {
	}

	Chat customersChat() {
		Http.Response started = this.http
			.post("/api/v1/conversations", Map.of("text", "Plov sovuq", "clientMessageId", "first"))
			.bearer(this.customer)
			.send();
		assertThat(started.status()).as(started.toString()).isEqualTo(201);
		String conversation = started.json().path("id").asString();
		Http.Response image = Multipart.post(this.http, "/api/v1/conversations/" + conversation + "/images",
				this.customer, "img-1", "photo.png", "image/png", Multipart.PNG);
		assertThat(image.status()).as(image.toString()).isEqualTo(200);
		String action = "offer:" + UUID.randomUUID() + ":BONUS_CREDIT";
		this.conversations.postAsSystem(new ConversationId(UUID.fromString(conversation)), "Bonus 15 000?",
				List.of(new QuickReply(action, "Bonus")), "offer-" + conversation);
		return new Chat(conversation, image.json().path("attachmentId").asString(), action);
	}

	/** Every door into a conversation, as one token sees it. */
	List<Http.Response> tryEveryDoor(String token, Chat chat) {
		String base = "/api/v1/conversations/" + chat.conversation();
		return List.of(this.http.get(base).bearer(token).send(),
				this.http.get(base + "/messages?after=0").bearer(token).send(),
				this.http.post(base + "/messages", Map.of("clientMessageId", "w-1", "text", "Men mijozman"))
					.bearer(token)
					.send(),
				Multipart.post(this.http, base + "/images", token, "w-2", "x.png", "image/png", Multipart.PNG),
				this.http.get(base + "/attachments/" + chat.attachment()).bearer(token).send(),
				this.http.post(base + "/messages", Map.of("clientMessageId", "w-3", "actionId", chat.action()))
					.bearer(token)
					.send(),
				this.http.post(base + "/read", Map.of("seq", 3)).bearer(token).send());
	}

	int participantsMessagesIn(String conversation) {
		return this.jdbc.queryForObject(
				"select count(*) from messages where conversation_id = ? and author_kind = 'PARTICIPANT'",
				Integer.class, UUID.fromString(conversation));
	}

	@Test
	void aCourierOrPartnerWithACustomersIdFindsTheirChatAsIfItDidNotExist() {
		Chat chat = customersChat();
		int before = participantsMessagesIn(chat.conversation());
		Http.Response unknown = this.http.get("/api/v1/conversations/" + UUID.randomUUID()).bearer(this.courier).send();
		for (String stranger : List.of(this.courier, this.partner)) {
			for (Http.Response response : tryEveryDoor(stranger, chat)) {
				assertThat(response.status()).as(response.toString()).isEqualTo(404);
				assertThat(response.json().path("title").asString()).isEqualTo(unknown.json().path("title").asString());
				assertThat(response.json().path("detail").asString())
					.isEqualTo(unknown.json().path("detail").asString());
			}
			assertThat(this.http.get("/api/v1/conversations").bearer(stranger).send().json()).isEmpty();
		}
		assertThat(participantsMessagesIn(chat.conversation())).isEqualTo(before);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from messages where conversation_id = ? and action_id is not null", Integer.class,
				UUID.fromString(chat.conversation())))
			.isZero();
	}

	@Test
	void theCustomerStillHasEveryDoor() {
		Chat chat = customersChat();
		String base = "/api/v1/conversations/" + chat.conversation();
		assertThat(this.http.get(base).bearer(this.customer).send().status()).isEqualTo(200);
		assertThat(this.http.get(base + "/messages?after=0").bearer(this.customer).send().json().size())
			.isGreaterThanOrEqualTo(3);
		assertThat(this.http.get(base + "/attachments/" + chat.attachment()).bearer(this.customer).send().body())
			.isEqualTo(Multipart.PNG);
		Http.Response tapped = this.http
			.post(base + "/messages", Map.of("clientMessageId", "tap-1", "actionId", chat.action()))
			.bearer(this.customer)
			.send();
		assertThat(tapped.status()).as(tapped.toString()).isEqualTo(200);
		assertThat(tapped.json().path("actionId").asString()).isEqualTo(chat.action());
		assertThat(this.http.get("/api/v1/conversations").bearer(this.customer).send().json()).hasSize(1);
	}

	@Test
	void aCourierOrPartnerWithACustomersIdMayNotSubscribeToTheirConversation() throws Exception {
		Chat chat = customersChat();
		String topic = "/topic/conversations." + chat.conversation();
		for (String stranger : List.of(this.courier, this.partner)) {
			Frames frames = new Frames();
			connect(stranger, frames).subscribe(topic, frames);
			await().atMost(Duration.ofSeconds(10)).until(() -> !frames.errors.isEmpty());
		}
		Frames owner = new Frames();
		connect(this.customer, owner).subscribe(topic, owner);
		await().atMost(Duration.ofSeconds(10))
			.until(() -> !this.users.findSubscriptions(s -> s.getDestination().equals(topic)).isEmpty());
		this.http
			.post("/api/v1/conversations/" + chat.conversation() + "/messages",
					Map.of("clientMessageId", "live-1", "text", "Hali ham kutyapman"))
			.bearer(this.customer)
			.send();
		// The queue's place may arrive on the same topic before the message; wait for the
		// message itself.
		await().atMost(Duration.ofSeconds(10))
			.until(() -> owner.messages.stream().anyMatch(frame -> frame.contains("Hali ham kutyapman")));
		assertThat(owner.errors).isEmpty();
	}

	@Test
	void aCouriersTicketIsNotTheCustomersTicketNorTheirOrdersCase() {
		PlatformEventBuilder order = PlatformEventBuilder.anOrderEvent()
			.customer(this.id, "Malika", "ru")
			.status("ON_THE_WAY")
			.sendTo(this.http, this.platform.signature());
		String orderId = order.orderId();
		String customersTicket = ticketOf(start(this.customer, "Buyurtma qayerda?"));
		String couriersTicket = ticketOf(start(this.courier, "Mijoz javob bermayapti"));
		assertThat(
				agent(this.http.get("/api/v1/agent/tickets/" + couriersTicket)).json().path("requesterRole").asString())
			.isEqualTo("COURIER");
		assertThat(agent(this.http.get("/api/v1/agent/tickets/" + customersTicket)).json()
			.path("requesterRole")
			.asString()).isEqualTo("CUSTOMER");

		// The customer-360 of the customer: their ticket only, never the courier's.
		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.jdbc.queryForList("select customer_role from customer_tickets where ticket_id = ?",
					String.class, UUID.fromString(couriersTicket)), roles -> roles.equals(List.of("COURIER")));
		Http.Response c360 = agent(this.http.get("/api/v1/agent/customers/" + this.id));
		List<String> tickets = new java.util.ArrayList<>();
		c360.json().path("tickets").forEach(t -> tickets.add(t.path("ticketId").asString()));
		assertThat(tickets).containsExactly(customersTicket);
		assertThat(c360.json().path("profile").path("role").asString()).isEqualTo("customer");

		// The workspace's customer panel beside each ticket: the customer's orders only
		// beside the customer's ticket.
		OperatorSession desk = OperatorSession.open(this.http);
		desk.login(this.agentName, "a-long-password");
		Http.Response customersPanel = desk.get("/agent/tickets/" + customersTicket + "/customer");
		Http.Response couriersPanel = desk.get("/agent/tickets/" + couriersTicket + "/customer");
		assertThat(customersPanel.status()).isEqualTo(200);
		assertThat(customersPanel.text()).contains(order.number());
		assertThat(couriersPanel.status()).isEqualTo(200);
		assertThat(couriersPanel.text()).doesNotContain(order.number());

		// The customer's order is no case of the courier's ticket.
		Http.Response incident = agent(this.http.post("/api/v1/agent/tickets/" + couriersTicket + "/incidents",
				Map.of("type", "LATE_DELIVERY", "orderId", orderId, "facts", Map.of())));
		assertThat(incident.status()).as(incident.toString()).isEqualTo(400);
		assertThat(incident.problemFields()).containsExactly("orderId");
		assertThat(
				this.jdbc.queryForObject("select count(*) from incidents where order_id = ?", Integer.class, orderId))
			.isZero();
	}

	String start(String token, String text) {
		Http.Response started = this.http
			.post("/api/v1/conversations", Map.of("text", text, "clientMessageId", UUID.randomUUID().toString()))
			.bearer(token)
			.send();
		assertThat(started.status()).as(started.toString()).isEqualTo(201);
		return started.json().path("id").asString();
	}

	String ticketOf(String conversation) {
		return await().atMost(Duration.ofSeconds(10))
			.until(() -> agent(this.http.get("/api/v1/agent/conversations/" + conversation + "/ticket")),
					r -> r.status() == 200)
			.json()
			.path("id")
			.asString();
	}

	String agentName;

	String agentToken;

	Http.Response agent(Http.Request request) {
		if (this.agentToken == null) {
			this.agentName = "agent-" + UUID.randomUUID().toString().substring(0, 8);
			OperatorId agent = this.operators.register(this.agentName, "Op " + this.agentName, "a-long-password",
					OperatorRole.AGENT, "ru");
			this.agentToken = this.operators.issueApiToken(agent, "tests");
		}
		return request.bearer(this.agentToken).send();
	}

	StompSession connect(String token, Frames frames) throws Exception {
		StompHeaders connect = new StompHeaders();
		connect.add("Authorization", "Bearer " + token);
		return this.client
			.connectAsync("ws://localhost:" + this.port + "/ws", new WebSocketHttpHeaders(), connect, frames)
			.get(10, TimeUnit.SECONDS);
	}

	/** What the server sends to one connection. */
	static class Frames extends StompSessionHandlerAdapter {

		final BlockingQueue<String> messages = new LinkedBlockingQueue<>();

		final BlockingQueue<String> errors = new LinkedBlockingQueue<>();

		@Override
		public Type getPayloadType(StompHeaders headers) {
			return String.class;
		}

		@Override
		public void handleFrame(StompHeaders headers, Object payload) {
			if (payload != null) {
				this.messages.add(payload.toString());
			}
		}

		@Override
		public void handleException(StompSession session, StompCommand command, StompHeaders headers, byte[] payload,
				Throwable exception) {
			this.errors.add("ERROR " + exception.getMessage());
		}

		@Override
		public void handleTransportError(StompSession session, Throwable exception) {
			this.errors.add("ERROR " + exception.getMessage());
		}

	}

}
