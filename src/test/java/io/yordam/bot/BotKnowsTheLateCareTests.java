package io.yordam.bot;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.UUID;

import io.yordam.access.OperatorRole;
import io.yordam.access.Operators;
import io.yordam.access.PlatformTokens;
import io.yordam.notices.LateCare;
import io.yordam.orders.PlatformEventBuilder;
import io.yordam.orders.PlatformProperties;
import io.yordam.support.FakePlatform;
import io.yordam.support.Http;
import io.yordam.support.YordamTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 17 §2: the order ran late, Yordam credited it before the customer wrote; asked
 * "where is my order?", the bot says the new time and that the credit was given, and
 * opens no second late claim.
 */
@YordamTest
class BotKnowsTheLateCareTests {

	static final String SECRET = "bot-late-care-tests-secret";

	static final FakePlatform PLATFORM = new FakePlatform(SECRET);

	@DynamicPropertySource
	static void bot(DynamicPropertyRegistry registry) {
		BotChat.withTheBot(registry, PLATFORM, SECRET);
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
	LateCare lateCare;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void askedWhereTheOrderIsTheBotSaysTheNewTimeAndTheCreditAlreadyGiven() {
		lateCareOnInTashkent();
		BotChat chat = new BotChat(this.port, this.tokens, this.operators, this.platform, "ru");
		Instant now = Instant.now();
		Instant eta = now.plus(Duration.ofMinutes(10));
		PlatformEventBuilder order = chat.order(o -> o.at(now.minus(Duration.ofMinutes(60)))
			.status("ON_THE_WAY")
			.courier("k-1", "Jasur", "+998901112233")
			.promised(now.minus(Duration.ofMinutes(20)), eta));
		await().atMost(Duration.ofSeconds(20)).until(() -> this.lateCare.givenFor(order.orderId()).isPresent());

		chat.say("где мой заказ?");
		String time = DateTimeFormatter.ofPattern("HH:mm").format(eta.atZone(ZoneId.of("Asia/Tashkent")));
		assertThat(chat.lastText()).as(chat.transcript())
			.contains(order.number())
			.contains(time)
			.contains("20 000 сум");
		chat.awaitTicketStatus("SOLVED");
		assertThat(this.jdbc.queryForObject("select count(*) from incidents where order_id = ?", Integer.class,
				order.orderId()))
			.isZero();
	}

	void lateCareOnInTashkent() {
		String name = "admin-" + UUID.randomUUID().toString().substring(0, 8);
		String admin = this.operators.issueApiToken(
				this.operators.register(name, "Op " + name, "a-long-password", OperatorRole.ADMIN, "ru"), "tests");
		Http http = new Http(this.port);
		int version = http.get("/api/v1/agent/notice-policy").bearer(admin).send().json().path("version").asInt();
		Http.Response saved = http
			.put("/api/v1/agent/notice-policy",
					Map.of("basedOn", version, "policy",
							Map.of("etaShiftMinutes", 10, "lateAfterMinutes", 15, "quietFromHour", 22, "quietToHour", 8,
									"zone", "Asia/Tashkent", "perHourLimit", 6, "lateCare",
									Map.of("Tashkent", Map.of("on", true, "dailyBudget", 1_000_000)))))
			.bearer(admin)
			.send();
		assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
	}

}
