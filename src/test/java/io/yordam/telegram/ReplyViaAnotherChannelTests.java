package io.yordam.telegram;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.yordam.access.OperatorId;
import io.yordam.access.OperatorRole;
import io.yordam.access.Operators;
import io.yordam.access.PlatformRole;
import io.yordam.access.PlatformTokens;
import io.yordam.access.PlatformUser;
import io.yordam.conversations.Channel;
import io.yordam.demo.DemoTelegramServer;
import io.yordam.email.EmailContacts;
import io.yordam.support.Http;
import io.yordam.support.YordamTest;
import io.yordam.tickets.ReplyRouting;
import io.yordam.tickets.TicketDesk;
import io.yordam.tickets.TicketSummary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One customer, several channels: a customer who chats in the app and has linked a mail
 * address and a Telegram chat. The agent's reply goes back where they wrote (the app)
 * unless the agent chooses another channel they have: then it arrives there, and only
 * there, and stays in the ticket's one history. A channel they do not have is refused.
 */
@YordamTest
class ReplyViaAnotherChannelTests {

	static final String TOKEN = "424242:reply-via-token";

	static final int SMTP = io.yordam.support.FreePorts.next();

	static final int IMAP = io.yordam.support.FreePorts.next();

	static final GreenMail mail = startMail();

	static final DemoTelegramServer telegram = startTelegram();

	@DynamicPropertySource
	static void channels(DynamicPropertyRegistry registry) {
		registry.add("yordam.email.enabled", () -> "true");
		registry.add("yordam.email.address", () -> "support@via.test");
		registry.add("yordam.email.imap.host", () -> "127.0.0.1");
		registry.add("yordam.email.imap.port", () -> IMAP);
		registry.add("yordam.email.imap.ssl", () -> "false");
		registry.add("yordam.email.imap.idle", () -> "false");
		registry.add("yordam.email.imap.username", () -> "support");
		registry.add("yordam.email.imap.password", () -> "secret");
		registry.add("yordam.email.poll-every", () -> "PT1H");
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> SMTP);
		registry.add("yordam.telegram.enabled", () -> "true");
		registry.add("yordam.telegram.token", () -> TOKEN);
		registry.add("yordam.telegram.api-url", telegram::url);
		registry.add("yordam.telegram.bot-username", () -> "TestSupportBot");
		registry.add("yordam.telegram.link-secret", () -> "a-link-secret-for-the-tests");
		registry.add("yordam.telegram.poll-every", () -> "PT0.2S");
		registry.add("yordam.telegram.poll-timeout", () -> "PT1S");
	}

	@Autowired
	PlatformTokens tokens;

	@Autowired
	Operators operators;

	@Autowired
	EmailContacts emailContacts;

	@Autowired
	TicketDesk desk;

	@Autowired
	ReplyRouting routing;

	@org.springframework.boot.test.web.server.LocalServerPort
	int port;

	@AfterAll
	static void stop() {
		mail.stop();
		telegram.stop();
	}

	@Test
	void theReplyGoesWhereTheyWroteUnlessTheAgentChoosesAnotherChannelTheyHave() {
		String id = "c-via-" + UUID.randomUUID().toString().substring(0, 6);
		PlatformUser customer = new PlatformUser(id, PlatformRole.CUSTOMER, "Kamola", "uz");
		String bearer = this.tokens.issue(customer, Duration.ofMinutes(10));
		Http http = new Http(this.port);
		String conversation = http
			.post("/api/v1/conversations", Map.of("text", "Buyurtmam qayerda?", "clientMessageId", "start-" + id))
			.bearer(bearer)
			.send()
			.json()
			.path("id")
			.asString();
		TicketSummary ticket = await().atMost(Duration.ofSeconds(10))
			.until(() -> this.desk.findOfConversation(UUID.fromString(conversation)), java.util.Optional::isPresent)
			.orElseThrow();
		assertThat(this.routing.options(ticket)).extracting(ReplyRouting.Option::channel)
			.as("nothing linked yet: only the app's chat")
			.containsExactly(Channel.CHAT);

		String address = id + "@example.uz";
		this.emailContacts.link(address, customer);
		String link = http.post("/api/v1/me/telegram-link", Map.of())
			.bearer(bearer)
			.send()
			.json()
			.path("token")
			.asString();
		long chat = TelegramChannelTests.newChat();
		telegram.userSends(chat, "Kamola", "uz", "/start " + link);
		await().atMost(Duration.ofSeconds(20)).until(() -> this.routing.options(ticket).size() == 3);
		assertThat(this.routing.options(ticket)).extracting(ReplyRouting.Option::channel)
			.containsExactly(Channel.CHAT, Channel.EMAIL, Channel.TELEGRAM);
		assertThat(this.routing.options(ticket).get(1).reaches()).isEqualTo(address);

		String agent = agentToken();
		String path = "/api/v1/agent/tickets/" + ticket.id().value() + "/replies";
		assertThat(http.post(path, Map.of("clientMessageId", "r-app", "text", "Ilovada javob"))
			.bearer(agent)
			.send()
			.status()).isEqualTo(200);
		assertThat(http.post(path, Map.of("clientMessageId", "r-tg", "text", "Telegramda javob", "via", "TELEGRAM"))
			.bearer(agent)
			.send()
			.status()).isEqualTo(200);
		assertThat(http.post(path, Map.of("clientMessageId", "r-mail", "text", "Pochtada javob", "via", "EMAIL"))
			.bearer(agent)
			.send()
			.status()).isEqualTo(200);
		Http.Response refused = http
			.post(path, Map.of("clientMessageId", "r-phone", "text", "Qoʻngʻiroq", "via", "PHONE"))
			.bearer(agent)
			.send();
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.problemFields()).containsExactly("via");

		await().atMost(Duration.ofSeconds(20)).until(() -> !received(address).isEmpty());
		await().atMost(Duration.ofSeconds(20))
			.until(() -> telegram.chat(chat).stream().anyMatch(e -> "Telegramda javob".equals(e.text())));
		assertThat(telegram.chat(chat)
			.stream()
			.filter(DemoTelegramServer.Entry::fromBot)
			.map(DemoTelegramServer.Entry::text))
			.as("besides the link's confirmation, only what was meant for Telegram")
			.filteredOn(text -> !text.startsWith("Tayyor"))
			.containsExactly("Telegramda javob");
		List<MimeMessage> mails = received(address);
		assertThat(mails).hasSize(1);
		assertThat(subject(mails.get(0))).contains("[#" + ticket.number() + "]");
		List<String> history = http.get("/api/v1/conversations/" + conversation + "/messages?after=0")
			.bearer(bearer)
			.send()
			.json()
			.findValuesAsString("text");
		assertThat(history).as("one history, whatever the channel")
			.contains("Ilovada javob", "Telegramda javob", "Pochtada javob")
			.doesNotContain("Qoʻngʻiroq");
	}

	private String agentToken() {
		String name = "via-agent-" + UUID.randomUUID().toString().substring(0, 6);
		OperatorId agent = this.operators.register(name, "Malika", "a-long-password-1", OperatorRole.AGENT, "uz");
		return this.operators.issueApiToken(agent, "tests");
	}

	private static List<MimeMessage> received(String address) {
		return Arrays.stream(mail.getReceivedMessages()).filter(message -> {
			try {
				return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
					.anyMatch(to -> to.toString().contains(address));
			}
			catch (jakarta.mail.MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	private static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static GreenMail startMail() {
		GreenMail server = new GreenMail(
				new ServerSetup[] { new ServerSetup(SMTP, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
						new ServerSetup(IMAP, "127.0.0.1", ServerSetup.PROTOCOL_IMAP) });
		server.start();
		server.setUser("support@via.test", "support", "secret");
		return server;
	}

	private static DemoTelegramServer startTelegram() {
		DemoTelegramServer server = new DemoTelegramServer(0, TOKEN, java.time.Clock.systemUTC());
		server.start();
		return server;
	}

}
