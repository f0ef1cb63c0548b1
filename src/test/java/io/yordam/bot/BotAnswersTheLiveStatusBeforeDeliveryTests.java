package io.yordam.bot;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

import io.yordam.access.Operators;
import io.yordam.access.PlatformTokens;
import io.yordam.orders.PlatformEventBuilder;
import io.yordam.orders.PlatformProperties;
import io.yordam.support.FakePlatform;
import io.yordam.support.YordamTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static io.yordam.orders.PlatformEventBuilder.line;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 10, finding 3, in the bot's conversations: a claim about what came in the bag, on
 * an order that has not arrived, gets the order's live state and when it is expected, in
 * the customer's language; no incident, no offer, no money.
 */
@YordamTest
class BotAnswersTheLiveStatusBeforeDeliveryTests {

	static final String SECRET = "bot-status-tests-secret";

	static final FakePlatform PLATFORM = new FakePlatform(SECRET);

	static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

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
	JdbcTemplate jdbc;

	BotChat chat(String locale) {
		return new BotChat(this.port, this.tokens, this.operators, this.platform, locale);
	}

	/**
	 * An order of this customer, placed a moment ago (so promised and expected later).
	 */
	PlatformEventBuilder order(BotChat chat, String status, Instant at) {
		return chat.order(o -> o.at(at)
			.status(status)
			.courier("k-1", "Jasur", "+998901112233")
			.items(List.of(line("plov", "Plov", 1, 45_000), line("cola", "Coca-Cola 0.5", 1, 9_000))));
	}

	/** The bot answered, closed the chat, and nothing was opened or paid. */
	void answeredWithoutAClaim(BotChat chat, PlatformEventBuilder order) {
		chat.awaitTicketStatus("SOLVED");
		assertThat(this.jdbc.queryForObject("select count(*) from incidents where order_id = ?", Integer.class,
				order.orderId()))
			.as(chat.transcript())
			.isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from ledger_transactions where customer_id = ?",
				Integer.class, chat.customerId))
			.isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from platform_actions where order_id = ?", Integer.class,
				order.orderId()))
			.isZero();
		assertThat(chat.messages()).as(chat.transcript()).allSatisfy(m -> assertThat(m.path("actions")).isEmpty());
		assertThat(chat.compensations().path("history")).isEmpty();
	}

	static String expectedAt(Instant at) {
		return CLOCK.format(at.plus(Duration.ofMinutes(40)).atZone(ZoneId.of("Asia/Tashkent")));
	}

	@Test
	void aMissingDrinkOnAnOrderStillCookingGetsItsLiveStatusNotAnOffer() {
		BotChat chat = chat("ru");
		Instant at = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		PlatformEventBuilder order = order(chat, "COOKING", at);
		chat.say("в заказе не хватает колы");
		assertThat(chat.lastText()).as(chat.transcript())
			.contains(order.number())
			.contains("готовится")
			.contains(expectedAt(at))
			.contains("Когда заказ приедет");
		answeredWithoutAClaim(chat, order);
	}

	@Test
	void coldFoodOnAnOrderTheRestaurantHasNotAcceptedGetsItsLiveStatusInUzbek() {
		BotChat chat = chat("uz");
		Instant at = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		PlatformEventBuilder order = order(chat, "CREATED", at);
		chat.say("ovqat sovuq keldi, osh muzdek");
		assertThat(chat.lastText()).as(chat.transcript())
			.contains(order.number())
			.contains("tasdigʻini kutmoqda")
			.contains(expectedAt(at))
			.contains("Buyurtma yetib kelgach");
		answeredWithoutAClaim(chat, order);
	}

	@Test
	void aDamagedClaimOnAnOrderOnItsWayGetsItsLiveStatusInEnglish() {
		BotChat chat = chat("en");
		Instant at = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		PlatformEventBuilder order = order(chat, "ON_THE_WAY", at);
		chat.say("the bag is torn and the plov is spilled everywhere, it is damaged");
		assertThat(chat.lastText()).as(chat.transcript())
			.contains(order.number())
			.contains("on its way")
			.contains(expectedAt(at))
			.contains("Once it arrives");
		answeredWithoutAClaim(chat, order);
	}

}
