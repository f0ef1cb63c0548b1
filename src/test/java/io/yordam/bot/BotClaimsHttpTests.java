package io.yordam.bot;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.yordam.access.Operators;
import io.yordam.access.PlatformTokens;
import io.yordam.orders.MenuItem;
import io.yordam.orders.OrderId;
import io.yordam.orders.Orders;
import io.yordam.orders.PlatformEventBuilder;
import io.yordam.orders.PlatformProperties;
import io.yordam.support.FakePlatform;
import io.yordam.support.YordamTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static io.yordam.orders.PlatformEventBuilder.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Taking a claim through the chat API: what came instead of a wrong item (from the
 * restaurant's menu as the platform reported it), a one-line order, a refund the platform
 * made, money demanded back on an order that is not late, and a declined card that ends
 * without a person.
 */
@YordamTest
class BotClaimsHttpTests {

	static final String SECRET = "bot-claims-secret";

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
	Orders orders;

	BotChat chat(String locale) {
		return new BotChat(this.port, this.tokens, this.operators, this.platform, locale);
	}

	/**
	 * Another customer's order from the same restaurant: the platform's word for a dish.
	 */
	private void elsewhereSold(String sku, String name, long price) {
		chat("ru").order(o -> o.status("DELIVERED")
			.deliveredAt(BotChat.minutesAgo(600))
			.items(List.of(line(sku, name, 1, price))));
	}

	@Test
	void theMenuIsWhatTheRestaurantsOrdersHeldAtTheLatestPrice() {
		String sku = "lagman-" + UUID.randomUUID().toString().substring(0, 6);
		chat("ru").order(o -> o.at(Instant.now().minus(Duration.ofHours(5)))
			.status("DELIVERED")
			.deliveredAt(BotChat.minutesAgo(240))
			.items(List.of(line(sku, "Лагман", 1, 30_000))));
		PlatformEventBuilder later = chat("ru").order(o -> o.at(Instant.now().minus(Duration.ofHours(1)))
			.status("DELIVERED")
			.deliveredAt(BotChat.minutesAgo(20))
			.items(List.of(line(sku, "Лагман", 2, 32_000))));
		List<MenuItem> menu = this.orders.menuOf(new OrderId(later.orderId()));
		assertThat(menu).filteredOn(item -> item.sku().equals(sku)).singleElement().satisfies(item -> {
			assertThat(item.unitPrice().som()).isEqualTo(32_000);
			assertThat(item.orders()).isEqualTo(2);
		});
		assertThat(this.orders.menuOf(new OrderId("no-such-order"))).isEmpty();
	}

	@Test
	void aWrongDishKeptBringsTheDifferenceWhenTheMenuKnowsWhatCame() {
		String sku = "margh-" + UUID.randomUUID().toString().substring(0, 6);
		elsewhereSold(sku, "Пицца Маргарита", 45_000);
		BotChat chat = chat("ru");
		chat.order(o -> o.status("DELIVERED")
			.deliveredAt(BotChat.minutesAgo(15))
			.items(List.of(line("pepperoni", "Пицца Пепперони", 1, 65_000), line("mors", "Морс", 1, 12_000))));
		chat.say("вместо пепперони привезли маргариту, ладно, оставлю её себе");
		assertThat(chat.offers(":KEEP")).as(chat.transcript()).isTrue();
		assertThat(chat.lastActions()).filteredOn(a -> a.path("id").asString().endsWith(":KEEP"))
			.singleElement()
			.satisfies(a -> assertThat(a.path("label").asString()).contains("20\u00a0000"));
		chat.tap(":KEEP");
		chat.awaitTicketStatus("SOLVED");
		JsonNode paid = chat.compensations();
		assertThat(paid.path("history").findValuesAsString("kind")).contains("REFUND", "BONUS_CREDIT");
		assertThat(paid.path("bonusBalance").asLong()).isEqualTo(15_000);
	}

	@Test
	void whenTheWordsDoNotSayWhatCameTheBotAsksWithTheMenu() {
		String sku = "burger-" + UUID.randomUUID().toString().substring(0, 6);
		elsewhereSold(sku, "Gamburger klassik", 28_000);
		BotChat chat = chat("uz");
		chat.order(o -> o.status("DELIVERED")
			.deliveredAt(BotChat.minutesAgo(15))
			.items(List.of(line("cheese", "Chizburger", 1, 35_000), line("fri", "Kartoshka fri", 1, 15_000))));
		chat.say("buyurtmamni adashtirib yuborishibdi, boshqa narsa keldi");
		assertThat(chat.offers(":c:other")).as(chat.transcript()).isTrue();
		chat.say("gamburger klassik keldi");
		assertThat(chat.offers(":KEEP")).as(chat.transcript()).isTrue();
		chat.tap(":KEEP");
		chat.awaitTicketStatus("SOLVED");
		// The whole order was wrong (50 000), a 28 000 burger came: 22 000 back.
		assertThat(chat.compensations().path("history").findValues("amount")).extracting(JsonNode::asLong)
			.contains(22_000L, 15_000L);
	}

	@Test
	void whatCameOffTheMenuKeepsTheCompensationAndSaysWhyWithAPersonOneTapAway() {
		BotChat chat = chat("en");
		chat.order(o -> o.status("DELIVERED")
			.deliveredAt(BotChat.minutesAgo(15))
			.items(List.of(line("wrap", "Chicken wrap", 1, 32_000))));
		chat.say("I got the wrong order");
		if (chat.offers(":c:other")) {
			chat.tap(":c:other");
		}
		assertThat(chat.transcript()).contains("cannot work out a price difference");
		assertThat(chat.offers(":KEEP")).as(chat.transcript()).isTrue();
		chat.tap(":KEEP");
		chat.awaitTicketStatus("SOLVED");
		assertThat(chat.compensations().path("history").findValuesAsString("kind")).containsExactly("BONUS_CREDIT");
	}

	@Test
	void aOneLineOrderIsClaimedWithoutAskingWhichItem() {
		BotChat chat = chat("uz");
		chat.order(o -> o.status("DELIVERED")
			.deliveredAt(BotChat.minutesAgo(10))
			.items(List.of(line("lavash", "Lavash tovuqli", 1, 28_000))));
		chat.say("paket keldi lekin ichida hech narsa yoq");
		assertThat(chat.transcript()).doesNotContain(":i:0");
		assertThat(chat.offers(":SEND_MISSING")).as(chat.transcript()).isTrue();
	}

	@Test
	void aRefundThePlatformMadeIsToldWithWhenAndHowLongACardTakes() {
		BotChat chat = chat("ru");
		PlatformEventBuilder order = chat.order(
				o -> o.at(Instant.now().minus(Duration.ofHours(20))).status("CANCELLED").payment("CARD", "REFUNDED"));
		chat.say("заказ отменили, а деньги так и не вернулись на карту");
		assertThat(chat.transcript()).contains(order.number()).contains("1–3 рабочих дня");
		chat.awaitTicketStatus("SOLVED");
	}

	@Test
	void moneyDemandedBackOnAnOrderNotLateIsACancellationNotAnAnswer() {
		BotChat chat = chat("ru");
		chat.order(o -> o.at(Instant.now()).status("ACCEPTED"));
		chat.say("заказ ещё не опоздал? всё равно верните деньги, отмените его");
		assertThat(chat.offers(":CANCEL_FULL_REFUND")).as(chat.transcript()).isTrue();
		assertThat(chat.ticket().path("status").asString()).isEqualTo("BOT");
	}

	@Test
	void aDeclinedCardEndsWithTheCustomersChoiceAndTheBotKeepsTheChat() {
		BotChat chat = chat("ru");
		PlatformEventBuilder order = chat
			.order(o -> o.at(Instant.now()).type("order.payment_failed").payment("CARD", "FAILED").status("CREATED"));
		chat.conversationId = reachedOut(chat);
		await().atMost(Duration.ofSeconds(10)).until(() -> chat.offers(":PAY_CASH"));
		chat.tap(":PAY_CASH");
		JsonNode ticket = chat.awaitTicketStatus("SOLVED");
		JsonNode incident = await().atMost(Duration.ofSeconds(10))
			.until(() -> chat.http()
				.get("/api/v1/agent/tickets/" + ticket.path("id").asString() + "/incidents")
				.bearer(chat.agent)
				.send()
				.json()
				.get(0), i -> "RESOLVED".equals(i.path("status").asString()));
		assertThat(incident.path("fault").asString()).isEqualTo("CUSTOMER");
		// What the customer writes next reaches the bot.
		chat.say("где мой заказ?");
		assertThat(chat.messages().getLast().path("authorKind").asString()).as(chat.transcript()).isEqualTo("BOT");
		chat.awaitTicketStatus("SOLVED");
		assertThat(chat.lastText()).contains(order.number());
	}

	@Test
	void aCustomerWritingAboutTheDeclinedCardInANewChatIsOfferedTheChoiceThere() {
		BotChat chat = chat("en");
		chat.order(o -> o.type("order.payment_failed").payment("CARD", "FAILED").status("CREATED"));
		String first = reachedOut(chat);
		// They did not see support's message, and write themselves.
		chat.say("my card payment failed, can I pay cash to the courier instead?");
		assertThat(chat.conversationId).isNotEqualTo(first);
		assertThat(chat.offers(":PAY_CASH")).as(chat.transcript()).isTrue();
		assertThat(chat.transcript()).doesNotContain("already taking care");
		chat.tap(":PAY_CASH");
		chat.awaitTicketStatus("SOLVED");
	}

	/** The conversation support started about the declined card. */
	private static String reachedOut(BotChat chat) {
		JsonNode list = await().atMost(Duration.ofSeconds(10))
			.until(() -> chat.http().get("/api/v1/conversations").bearer(chat.customer).send().json(),
					l -> l.size() == 1);
		return list.get(0).path("id").asString();
	}

}
