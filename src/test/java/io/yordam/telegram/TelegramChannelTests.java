package io.yordam.telegram;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import io.yordam.access.OperatorPrincipal;
import io.yordam.access.OperatorRole;
import io.yordam.access.Operators;
import io.yordam.access.PlatformRole;
import io.yordam.access.PlatformTokens;
import io.yordam.access.PlatformUser;
import io.yordam.conversations.Channel;
import io.yordam.conversations.ConversationId;
import io.yordam.conversations.Conversations;
import io.yordam.conversations.MessageView;
import io.yordam.conversations.QuickReply;
import io.yordam.demo.DemoTelegramServer;
import io.yordam.notices.NoticeIssued;
import io.yordam.notices.NoticeKind;
import io.yordam.orders.PlatformEventBuilder;
import io.yordam.tickets.CustomerMatch;
import io.yordam.orders.PlatformProperties;
import io.yordam.support.Http;
import io.yordam.support.YordamTest;
import io.yordam.tickets.TicketDesk;
import io.yordam.tickets.TicketSummary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The Telegram channel against a local server that speaks Telegram's Bot API (long
 * polling here; the webhook has its own tests): a chat becomes a ticket the support bot
 * answers in the chat; the app's deep link and a shared phone link the chat to the
 * customer, once; agents' replies leave in order and once through Telegram's 429; a tap
 * on an inline button is the customer's choice; a photo is an image of the ticket.
 */
@YordamTest
@TestPropertySource(properties = "yordam.bot.enabled=true")
class TelegramChannelTests {

	static final String TOKEN = "123456:telegram-test-token";

	static final DemoTelegramServer telegram = start();

	@DynamicPropertySource
	static void telegramServer(DynamicPropertyRegistry registry) {
		registry.add("yordam.telegram.enabled", () -> "true");
		registry.add("yordam.telegram.token", () -> TOKEN);
		registry.add("yordam.telegram.api-url", telegram::url);
		registry.add("yordam.telegram.bot-username", () -> "TestSupportBot");
		registry.add("yordam.telegram.link-secret", () -> "a-link-secret-for-the-tests");
		registry.add("yordam.telegram.poll-every", () -> "PT0.2S");
		registry.add("yordam.telegram.poll-timeout", () -> "PT1S");
		registry.add("yordam.telegram.retry-first", () -> "PT0.3S");
		registry.add("yordam.telegram.retry-max", () -> "PT1S");
	}

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TicketDesk desk;

	@Autowired
	io.yordam.tickets.RequesterLinks links;

	@Autowired
	Conversations conversations;

	@Autowired
	Operators operators;

	@Autowired
	PlatformTokens tokens;

	@Autowired
	PlatformProperties platform;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	io.yordam.common.ConflictRetry retry;

	@Autowired
	PlatformTransactionManager transactions;

	@org.springframework.boot.test.web.server.LocalServerPort
	int port;

	@AfterAll
	static void stop() {
		telegram.stop();
	}

	@Test
	void aChatBecomesATicketOfItsOwnAndTheBotAnswersInTheChat() {
		long chat = newChat();
		telegram.userSends(chat, "Aziz", "uz", "Assalomu alaykum, menga odam kerak");
		TicketSummary ticket = ticketOf(chat);
		assertThat(ticket.channel()).isEqualTo(Channel.TELEGRAM);
		assertThat(ticket.requester().role()).isEqualTo(PlatformRole.CUSTOMER);
		assertThat(ticket.requester().id()).isEqualTo("tg-" + chat);
		assertThat(ticket.requesterName()).isEqualTo("Aziz");
		assertThat(ticket.language()).isEqualTo("uz");
		await().atMost(Duration.ofSeconds(20)).until(() -> !fromBot(chat).isEmpty());
		// Telegram has the message a moment before the outbox records it sent.
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(this.jdbc.queryForObject(
					"select count(*) from telegram_outbox where chat_id = ? and status <> 'SENT'", Integer.class, chat))
				.as("nothing left behind")
				.isZero());
	}

	@Test
	void theAppsDeepLinkLinksTheChatOnceAndTheNextMessageIsTheCustomers() {
		String customer = "c-tg-" + UUID.randomUUID().toString().substring(0, 6);
		String bearer = this.tokens.issue(new PlatformUser(customer, PlatformRole.CUSTOMER, "Dilnoza", "uz"),
				Duration.ofMinutes(5));
		Http.Response response = new Http(this.port).post("/api/v1/me/telegram-link", Map.of()).bearer(bearer).send();
		assertThat(response.status()).isEqualTo(200);
		String token = response.json().path("token").asString();
		assertThat(response.json().path("url").asString()).isEqualTo("https://t.me/TestSupportBot?start=" + token);
		assertThat(new Http(this.port).post("/api/v1/me/telegram-link", Map.of()).send().status())
			.as("only for a signed-in customer")
			.isEqualTo(401);
		assertThat(token).matches("[A-Za-z0-9_-]{1,64}");

		long chat = newChat();
		// The platform has no profile of this customer yet: the chat keeps the language
		// of their Telegram app.
		telegram.userSends(chat, "Dilnoza K.", "uz", "/start " + token);
		await().atMost(Duration.ofSeconds(20))
			.until(() -> fromBot(chat).stream().anyMatch(e -> e.text().startsWith("Tayyor, Dilnoza K.")));
		telegram.userSends(chat, "Dilnoza K.", "ru", "Buyurtmam qayerda?");
		TicketSummary ticket = ticketOf(chat);
		assertThat(ticket.requester().id()).isEqualTo(customer);

		long stranger = newChat();
		telegram.userSends(stranger, "Someone", "en", "/start " + token);
		await().atMost(Duration.ofSeconds(20))
			.until(() -> fromBot(stranger).stream().anyMatch(e -> e.text().contains("not valid any more")));
		telegram.userSends(stranger, "Someone", "en", "/start " + token.substring(0, token.length() - 2) + "AA");
		await().atMost(Duration.ofSeconds(20)).until(() -> fromBot(stranger).size() == 2);
		assertThat(participantOf(stranger)).as("neither the used nor a forged link links").isEqualTo("tg-" + stranger);
	}

	@Test
	void theUsersOwnPhoneLinksByTheirOrdersAndAForwardedContactDoesNot() {
		String customer = "c-tgp-" + UUID.randomUUID().toString().substring(0, 6);
		String phone = "+99890" + (1000000 + ThreadLocalRandom.current().nextInt(8999999));
		PlatformEventBuilder.anOrderEvent()
			.customer(customer, "Jasur Toshmatov", "ru")
			.customerPhone(phone)
			.at(Instant.now().minus(Duration.ofMinutes(30)))
			.sendTo(new Http(this.port), this.platform.signature());

		long chat = newChat();
		telegram.userSharesContact(chat, "Jasur", "ru", phone, false);
		await().atMost(Duration.ofSeconds(20))
			.until(() -> fromBot(chat).stream().anyMatch(e -> e.text().contains("своим номером")));
		assertThat(participantOf(chat)).isEqualTo("tg-" + chat);

		telegram.userSharesContact(chat, "Jasur", "ru", phone, true);
		await().atMost(Duration.ofSeconds(20))
			.until(() -> fromBot(chat).stream().anyMatch(e -> e.text().startsWith("Готово, Jasur Toshmatov")));
		assertThat(participantOf(chat)).isEqualTo(customer);
	}

	/**
	 * Issue 15 §4: an agent links a chat's contact to the customer found by their order;
	 * the channel's linker re-points the chat, and its next message starts a ticket of
	 * the customer's.
	 */
	@Test
	void anAgentLinksTheChatsContactAndItsNextMessageIsTheCustomers() {
		String customer = "c-tgl-" + UUID.randomUUID().toString().substring(0, 6);
		PlatformEventBuilder order = PlatformEventBuilder.anOrderEvent()
			.customer(customer, "Nodira Rahimova", "uz")
			.at(Instant.now().minus(Duration.ofMinutes(30)))
			.sendTo(new Http(this.port), this.platform.signature());
		long chat = newChat();
		telegram.userSends(chat, "Nodira", "uz", "Kola kelmadi, odam kerak");
		TicketSummary first = ticketOf(chat);
		assertThat(first.requester().id()).isEqualTo("tg-" + chat);
		assertThat(this.links.linkable(first)).isTrue();
		assertThat(this.links.find(order.number())).extracting(CustomerMatch::customerId).containsExactly(customer);

		// As the agent's doors do: the bot may be answering the same ticket right now.
		OperatorPrincipal agent = agent();
		TicketSummary linked = this.retry.again(() -> this.links.link(first.id(), customer, agent));

		assertThat(linked.requester().id()).isEqualTo(customer);
		assertThat(participantOf(chat)).isEqualTo(customer);
		assertThat(this.jdbc.queryForObject("select count(*) from contact_links where contact_id = ?", Integer.class,
				"tg-" + chat))
			.isOne();
		telegram.userSends(chat, "Nodira", "uz", "Yana bir savol");
		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.jdbc.queryForObject("select count(*) from tickets where requester_id = ? and id <> ?",
					Integer.class, customer, first.id().value()) == 1);
	}

	@Test
	void agentsRepliesLeaveInOrderAndOnceThroughTelegramsFloodControl() {
		long chat = newChat();
		telegram.userSends(chat, "Malika", "ru", "Позовите оператора");
		TicketSummary ticket = ticketOf(chat);
		await().atMost(Duration.ofSeconds(20)).until(() -> !fromBot(chat).isEmpty());
		telegram.throttle(2, 1);
		OperatorPrincipal agent = agent();
		List<String> replies = List.of("Здравствуйте, Малика!", "Проверяю ваш заказ.", "Курьер будет через 10 минут.");
		for (int i = 0; i < replies.size(); i++) {
			this.desk.reply(ticket.id(), agent, replies.get(i), "r-" + chat + "-" + i);
		}
		await().atMost(Duration.ofSeconds(30))
			.until(() -> fromBot(chat).stream().filter(e -> replies.contains(e.text())).count() == 3);
		assertThat(fromBot(chat).stream().map(DemoTelegramServer.Entry::text).filter(replies::contains))
			.as("in order, each once, after waiting out the 429s")
			.containsExactlyElementsOf(replies);
	}

	@Test
	void anAgentsImageArrivesAsAPhotoWithItsCaption() {
		long chat = newChat();
		telegram.userSends(chat, "Sevara", "uz", "Chekni yuboring, iltimos");
		TicketSummary ticket = ticketOf(chat);
		this.desk.replyWithImage(ticket.id(), agent(), io.yordam.support.Multipart.PNG, "Mana chekingiz",
				"img-" + chat);
		await().atMost(Duration.ofSeconds(20))
			.until(() -> fromBot(chat).stream().anyMatch(e -> e.photo() != null && e.photo().length > 0));
		DemoTelegramServer.Entry photo = fromBot(chat).stream()
			.filter(e -> e.photo() != null && e.photo().length > 0)
			.findFirst()
			.orElseThrow();
		assertThat(photo.photo()).isEqualTo(io.yordam.support.Multipart.PNG);
		assertThat(photo.text()).isEqualTo("Mana chekingiz");
	}

	@Test
	void aTapOnAnInlineButtonIsTheCustomersChoiceInThatConversationOnly() {
		long chat = newChat();
		telegram.userSends(chat, "Bekzod", "uz", "Savol bor");
		TicketSummary ticket = ticketOf(chat);
		ConversationId conversation = new ConversationId(ticket.conversationId());
		this.conversations.postAsSystem(conversation, "Kuryerni kutasizmi?",
				List.of(new QuickReply("tg-test:wait:" + chat, "Ha, kutaman"),
						new QuickReply("tg-test:cancel:" + chat, "Yoʻq, bekor qilish")),
				"offer-" + chat);
		await().atMost(Duration.ofSeconds(20))
			.until(() -> fromBot(chat).stream().anyMatch(e -> e.buttons().size() == 2));
		DemoTelegramServer.Entry offer = fromBot(chat).stream()
			.filter(e -> e.buttons().size() == 2)
			.findFirst()
			.orElseThrow();
		assertThat(offer.buttons()).extracting(DemoTelegramServer.Button::label)
			.containsExactly("Ha, kutaman", "Yoʻq, bekor qilish");
		int answered = telegram.callbacksAnswered();

		telegram.userTaps(chat, "Bekzod", "uz", offer.messageId(), "a:7");
		telegram.userTaps(chat, "Bekzod", "uz", offer.messageId() + 1000, "a:0");
		telegram.userTaps(chat, "Bekzod", "uz", offer.messageId(), offer.buttons().get(1).data());
		await().atMost(Duration.ofSeconds(20))
			.until(() -> participantMessages(conversation).stream().anyMatch(m -> m.actionId() != null));
		List<MessageView> chosen = participantMessages(conversation).stream()
			.filter(m -> m.actionId() != null)
			.toList();
		assertThat(chosen).extracting(MessageView::actionId).containsExactly("tg-test:cancel:" + chat);
		assertThat(chosen).extracting(MessageView::text).containsExactly("Yoʻq, bekor qilish");
		await().until(() -> telegram.callbacksAnswered() >= answered + 3);
	}

	@Test
	void aTapOnARatingButtonRatesTheSolvedTicketAndLeavesItSolved() {
		long chat = newChat();
		telegram.userSends(chat, "Dilshod", "uz", "Buyurtmam qayerda?");
		TicketSummary ticket = ticketOf(chat);
		OperatorPrincipal agent = agent();
		this.desk.reply(ticket.id(), agent, "Kuryer yo'lda, 5 daqiqada yetadi", "reply-" + chat);
		this.desk.changeStatus(ticket.id(), agent, io.yordam.tickets.TicketStatus.SOLVED);
		await().atMost(Duration.ofSeconds(20))
			.until(() -> fromBot(chat).stream().anyMatch(e -> e.buttons().size() == 5));
		DemoTelegramServer.Entry survey = fromBot(chat).stream()
			.filter(e -> e.buttons().size() == 5)
			.findFirst()
			.orElseThrow();
		assertThat(survey.text()).isEqualTo("Qanday yordam berdik? 1 dan 5 gacha baholang.");
		assertThat(survey.buttons()).extracting(DemoTelegramServer.Button::label)
			.containsExactly("1 ★", "2 ★", "3 ★", "4 ★", "5 ★");

		telegram.userTaps(chat, "Dilshod", "uz", survey.messageId(), survey.buttons().get(4).data());
		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.jdbc.queryForList("select score from csat_surveys where ticket_id = ?", Integer.class,
					ticket.id().value()), scores -> scores.size() == 1 && Integer.valueOf(5).equals(scores.get(0)));
		await().during(Duration.ofSeconds(2))
			.atMost(Duration.ofSeconds(4))
			.until(() -> this.desk.get(ticket.id()).status() == io.yordam.tickets.TicketStatus.SOLVED);
		assertThat(this.desk.get(ticket.id()).reopenCount()).isZero();
	}

	@Test
	void aPhotoIsAnImageOfTheTicket() {
		long chat = newChat();
		telegram.userSendsPhoto(chat, "Olim", "uz", io.yordam.support.Multipart.PNG, "Quti ezilgan");
		TicketSummary ticket = ticketOf(chat);
		List<MessageView> messages = participantMessages(new ConversationId(ticket.conversationId()));
		assertThat(messages).anySatisfy(m -> {
			assertThat(m.attachmentId()).isNotNull();
			assertThat(m.text()).isEqualTo("Quti ezilgan");
		});
	}

	private TicketSummary ticketOf(long chat) {
		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.jdbc.queryForList(
					"select conversation_id from telegram_contacts where chat_id = ? and conversation_id is not null",
					UUID.class, chat)
				.stream()
				.anyMatch(id -> this.desk.findOfConversation(id).isPresent()));
		UUID conversation = this.jdbc.queryForObject("select conversation_id from telegram_contacts where chat_id = ?",
				UUID.class, chat);
		return this.desk.findOfConversation(conversation).orElseThrow();
	}

	private String participantOf(long chat) {
		return this.jdbc.queryForObject("select participant_id from telegram_contacts where chat_id = ?", String.class,
				chat);
	}

	private List<MessageView> participantMessages(ConversationId conversation) {
		return this.conversations.messagesAfter(conversation, 0, 100)
			.stream()
			.filter(m -> m.authorKind() == io.yordam.conversations.AuthorKind.PARTICIPANT)
			.toList();
	}

	@Test
	void aLinkedChatHearsTheCustomersNoticesOnceThroughFloodControlAndABlockedChatIsForgotten() {
		String customer = "c-tg-" + UUID.randomUUID().toString().substring(0, 6);
		String bearer = this.tokens.issue(new PlatformUser(customer, PlatformRole.CUSTOMER, "Dilnoza", "uz"),
				Duration.ofMinutes(5));
		String token = new Http(this.port).post("/api/v1/me/telegram-link", Map.of())
			.bearer(bearer)
			.send()
			.json()
			.path("token")
			.asString();
		long chat = newChat();
		telegram.userSends(chat, "Dilnoza K.", "uz", "/start " + token);
		await().atMost(Duration.ofSeconds(20))
			.until(() -> fromBot(chat).stream().anyMatch(e -> e.text().startsWith("Tayyor, Dilnoza K.")));
		assertThat(this.jdbc.queryForObject(
				"select participant_id from push_devices where kind = 'TELEGRAM' " + "and address = ?", String.class,
				String.valueOf(chat)))
			.isEqualTo(customer);

		// Told once, though Telegram's flood control refuses the first try and the event
		// comes twice.
		telegram.throttle(1, 1);
		NoticeIssued late = new NoticeIssued(UUID.randomUUID(), customer, NoticeKind.ORDER_LATE, "o-tg-1", "E24-100421",
				"uz", "E24-100421 buyurtma kechikmoqda", "Yangi yetkazish vaqti 19:40.", Instant.now());
		publish(late);
		publish(late);
		await().atMost(Duration.ofSeconds(20))
			.until(() -> fromBot(chat).stream().anyMatch(e -> e.text().contains("E24-100421 buyurtma kechikmoqda")));
		await().atMost(Duration.ofSeconds(5))
			.until(() -> this.jdbc.queryForObject("select status from push_deliveries where notice_id = ?",
					String.class, late.noticeId()), "SENT"::equals);
		assertThat(fromBot(chat)).filteredOn(e -> e.text().contains("E24-100421"))
			.singleElement()
			.satisfies(e -> assertThat(e.text())
				.isEqualTo("🔔 E24-100421 buyurtma kechikmoqda\nYangi yetkazish vaqti 19:40."));

		// The user blocks the bot: the next notice finds the chat gone, and it is
		// forgotten.
		telegram.blocks(chat);
		NoticeIssued delivered = new NoticeIssued(UUID.randomUUID(), customer, NoticeKind.DELIVERED, "o-tg-2",
				"E24-100422", "uz", "E24-100422 yetkazildi", "Yoqimli ishtaha!", Instant.now());
		publish(delivered);
		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.jdbc.queryForObject("select status from push_deliveries where notice_id = ?",
					String.class, delivered.noticeId()), "GONE"::equals);
		assertThat(this.jdbc.queryForObject("select count(*) from push_devices where kind = 'TELEGRAM' and address = ?",
				Integer.class, String.valueOf(chat)))
			.isZero();
	}

	void publish(NoticeIssued notice) {
		new TransactionTemplate(this.transactions).executeWithoutResult(status -> this.events.publishEvent(notice));
	}

	private static List<DemoTelegramServer.Entry> fromBot(long chat) {
		return telegram.chat(chat).stream().filter(DemoTelegramServer.Entry::fromBot).toList();
	}

	private OperatorPrincipal agent() {
		String name = "tg-agent-" + UUID.randomUUID().toString().substring(0, 6);
		this.operators.register(name, "Malika", "a-long-password-1", OperatorRole.AGENT, "ru");
		return this.operators.find(name).orElseThrow();
	}

	static long newChat() {
		return 100_000_000L + ThreadLocalRandom.current().nextLong(900_000_000L);
	}

	private static DemoTelegramServer start() {
		DemoTelegramServer server = new DemoTelegramServer(0, TOKEN, java.time.Clock.systemUTC());
		server.start();
		return server;
	}

}
