package io.yordam.telegram;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.yordam.demo.DemoTelegramServer;
import io.yordam.support.Http;
import io.yordam.support.Parallel;
import io.yordam.support.YordamTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Updates by webhook: at start the channel tells Telegram where to post and with which
 * secret; what Telegram posts becomes tickets; a post without the secret, or with a wrong
 * one, is refused and writes nothing; one update posted eight times at once is taken
 * once.
 */
@YordamTest
class TelegramWebhookTests {

	static final String TOKEN = "654321:webhook-test-token";

	static final String SECRET = "the-webhook-secret-of-the-tests";

	static final int PORT = io.yordam.support.FreePorts.next();

	static final DemoTelegramServer telegram = start();

	@DynamicPropertySource
	static void telegramServer(DynamicPropertyRegistry registry) {
		registry.add("server.port", () -> PORT);
		registry.add("yordam.telegram.enabled", () -> "true");
		registry.add("yordam.telegram.token", () -> TOKEN);
		registry.add("yordam.telegram.api-url", telegram::url);
		registry.add("yordam.telegram.bot-username", () -> "TestSupportBot");
		registry.add("yordam.telegram.link-secret", () -> "a-link-secret-for-the-tests");
		registry.add("yordam.telegram.webhook-url",
				() -> "http://127.0.0.1:" + PORT + "/api/v1/channels/telegram/webhook");
		registry.add("yordam.telegram.webhook-secret", () -> SECRET);
	}

	@Autowired
	JdbcTemplate jdbc;

	@AfterAll
	static void stop() {
		telegram.stop();
	}

	@Test
	void telegramIsToldWhereToPostAndWhatItPostsBecomesATicket() {
		assertThat(telegram.webhookUrl()).isEqualTo("http://127.0.0.1:" + PORT + "/api/v1/channels/telegram/webhook");
		long chat = TelegramChannelTests.newChat();
		telegram.userSends(chat, "Nodira", "uz", "Salom! Buyurtmam kechikyapti");
		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.jdbc.queryForObject(
					"select count(*) from telegram_contacts where chat_id = ? and conversation_id is not null",
					Integer.class, chat) == 1);
		assertThat(telegram.webhookRefusals()).isZero();
	}

	@Test
	void anUpdateWithoutTheSecretIsRefusedAndWritesNothing() {
		long chat = TelegramChannelTests.newChat();
		byte[] update = update(900_000_001L + chat % 1000, chat, "Refund me");
		Http.Response unsigned = new Http(PORT).postRaw("/api/v1/channels/telegram/webhook", update)
			.contentType("application/json")
			.send();
		assertThat(unsigned.status()).isEqualTo(401);
		assertThat(unsigned.problemFields()).containsExactly("X-Telegram-Bot-Api-Secret-Token");
		Http.Response forged = new Http(PORT).postRaw("/api/v1/channels/telegram/webhook", update)
			.contentType("application/json")
			.header("X-Telegram-Bot-Api-Secret-Token", SECRET + "x")
			.send();
		assertThat(forged.status()).isEqualTo(401);
		Http.Response malformed = new Http(PORT)
			.postRaw("/api/v1/channels/telegram/webhook", "{\"message\":{}}".getBytes(StandardCharsets.UTF_8))
			.contentType("application/json")
			.header("X-Telegram-Bot-Api-Secret-Token", SECRET)
			.send();
		assertThat(malformed.status()).isEqualTo(400);
		assertThat(malformed.problemFields()).containsExactly("update_id");
		assertThat(this.jdbc.queryForObject("select count(*) from telegram_contacts where chat_id = ?", Integer.class,
				chat))
			.isZero();
	}

	@Test
	void oneUpdatePostedEightTimesAtOnceIsTakenOnce() throws Exception {
		long chat = TelegramChannelTests.newChat();
		long updateId = 800_000_000L + chat % 100_000_000L;
		byte[] update = update(updateId, chat, "Kuryer qayerda? " + UUID.randomUUID());
		List<Callable<Integer>> posts = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			posts.add(() -> new Http(PORT).postRaw("/api/v1/channels/telegram/webhook", update)
				.contentType("application/json")
				.header("X-Telegram-Bot-Api-Secret-Token", SECRET)
				.send()
				.status());
		}
		assertThat(Parallel.all(posts)).containsOnly(200);
		assertThat(this.jdbc.queryForObject("select count(*) from telegram_updates where update_id = ?", Integer.class,
				updateId))
			.isOne();
		assertThat(this.jdbc.queryForObject("select count(*) from telegram_contacts where chat_id = ?", Integer.class,
				chat))
			.isOne();
		assertThat(this.jdbc.queryForObject("""
				select count(*) from messages m join telegram_contacts c on c.conversation_id = m.conversation_id
				where c.chat_id = ? and m.author_kind = 'PARTICIPANT'""", Integer.class, chat))
			.as("one message, one conversation")
			.isOne();
	}

	private static byte[] update(long updateId, long chat, String text) {
		return ("""
				{"update_id": %d, "message": {"message_id": 5, "date": 1764547200,
				 "from": {"id": %d, "is_bot": false, "first_name": "Rustam", "language_code": "uz"},
				 "chat": {"id": %d, "type": "private", "first_name": "Rustam"}, "text": "%s"}}""".formatted(updateId,
				chat, chat, text))
			.getBytes(StandardCharsets.UTF_8);
	}

	private static DemoTelegramServer start() {
		DemoTelegramServer server = new DemoTelegramServer(0, TOKEN, java.time.Clock.systemUTC());
		server.start();
		return server;
	}

}
