package io.yordam.bot;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.yordam.access.Operators;
import io.yordam.access.PlatformTokens;
import io.yordam.orders.PlatformEventBuilder;
import io.yordam.orders.PlatformProperties;
import io.yordam.support.FakePlatform;
import io.yordam.support.Http;
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
 * The bot answering first, over the real chat API: live order status, playbooks run to
 * the customer's choice within the bot's limits, the knowledge base, memory, and every
 * reason to hand off to a person, with the summary the agent gets.
 */
@YordamTest
class BotHttpTests {

	static final String SECRET = "bot-tests-secret";

	static final FakePlatform PLATFORM = new FakePlatform(SECRET);

	@DynamicPropertySource
	static void bot(DynamicPropertyRegistry registry) {
		BotChat.withTheBot(registry, PLATFORM, SECRET);
		// Small, so that a VIP is quick to make: no other test here gives a customer 3
		// orders.
		registry.add("yordam.bot.vip-orders", () -> "3");
	}

	@LocalServerPort
	int port;

	@Autowired
	PlatformTokens tokens;

	@Autowired
	Operators operators;

	@Autowired
	PlatformProperties platform;

	BotChat chat(String locale) {
		return new BotChat(this.port, this.tokens, this.operators, this.platform, locale);
	}

	@Test
	void answersOrderStatusFromTheLiveOrderAndClosesItself() {
		BotChat chat = chat("ru");
		PlatformEventBuilder order = chat
			.order(o -> o.at(Instant.now()).status("ON_THE_WAY").courier("k-1", "Жасур", "+998901112233"));
		chat.say("здравствуйте, где мой заказ?");
		assertThat(chat.lastText()).as(chat.transcript()).contains(order.number()).contains("Жасур").contains("в пути");
		assertThat(chat.messages().getLast().path("authorKind").asString()).isEqualTo("BOT");
		chat.awaitTicketStatus("SOLVED");
	}

	@Test
	void aConversationOpenedBeforeItsFirstWordsIsAnsweredOnceTheyCome() {
		BotChat chat = chat("ru");
		chat.order(o -> o.at(Instant.now()).status("ON_THE_WAY").courier("k-1", "Жасур", "+998901112233"));
		chat.open();
		// The ticket opened with the bot before the customer wrote anything.
		chat.awaitTicketStatus("BOT");
		chat.say("где мой заказ?");
		assertThat(chat.lastText()).as(chat.transcript()).contains("Жасур");
		assertThat(chat.messages()).as(chat.transcript())
			.extracting(m -> m.path("authorKind").asString())
			.containsExactly("PARTICIPANT", "BOT");
		chat.awaitTicketStatus("SOLVED");
	}

	@Test
	void aStatusQuestionOnALateOrderRunsTheLatePlaybookAndPaysWithinTheBotsLimit() {
		BotChat chat = chat("en");
		chat.order(o -> o.status("ON_THE_WAY"));
		chat.say("where is my order??");
		assertThat(chat.offers(":COMPENSATION")).as(chat.transcript()).isTrue();
		chat.tap(":COMPENSATION");
		chat.awaitTicketStatus("SOLVED");
		assertThat(chat.compensations().path("bonusBalance").asLong()).isEqualTo(40_000);
		assertThat(chat.compensations().path("history").get(0).path("actorKind").asString()).isEqualTo("BOT");
	}

	@Test
	void anUzbekCustomerMissingADrinkGetsItsPriceAsBonus() {
		BotChat chat = chat("uz");
		chat.order(o -> o.status("DELIVERED")
			.deliveredAt(BotChat.minutesAgo(20))
			.items(List.of(line("plov", "Osh", 1, 45000), line("cola", "Coca-Cola 0.5", 1, 9000))));
		chat.say("kola kelmadi");
		assertThat(chat.offers(":BONUS_CREDIT")).as(chat.transcript()).isTrue();
		chat.tap(":BONUS_CREDIT");
		chat.awaitTicketStatus("SOLVED");
		assertThat(chat.compensations().path("bonusBalance").asLong()).isEqualTo(9_000);
	}

	@Test
	void whenTheItemIsNotNamedTheBotOffersThePickerBuiltFromTheOrdersLines() {
		BotChat chat = chat("ru");
		chat.order(o -> o.status("DELIVERED")
			.deliveredAt(BotChat.minutesAgo(30))
			.items(List.of(line("plov", "Плов", 1, 45000), line("somsa", "Самса", 2, 8000),
					line("tea", "Чай зелёный", 1, 6000))));
		chat.say("мне привезли не всё, чего-то не хватает");
		assertThat(chat.lastActions()).as(chat.transcript())
			.extracting(a -> a.path("label").asString())
			.containsExactly("Плов", "Самса", "Чай зелёный");
		chat.tap(":i:1");
		assertThat(chat.offers(":BONUS_CREDIT")).as(chat.transcript()).isTrue();
		chat.tap(":BONUS_CREDIT");
		chat.awaitTicketStatus("SOLVED");
		assertThat(chat.compensations().path("bonusBalance").asLong()).isEqualTo(16_000);
	}

	@Test
	void damageNeedsAPhotoAndAboveTheBotsLimitAPersonDecides() {
		BotChat chat = chat("ru");
		chat.order(o -> o.status("DELIVERED")
			.deliveredAt(BotChat.minutesAgo(10))
			.items(List.of(line("plov", "Плов на компанию", 1, 150_000), line("non", "Non", 1, 5000))));
		chat.say("пакет порвался, плов рассыпался по всему пакету");
		assertThat(chat.lastText()).as(chat.transcript()).contains("фото");
		chat.photo();
		assertThat(chat.offers(":REDELIVER")).as(chat.transcript()).isTrue();
		// A full refund of 104 000 (the order's total) is within the bot's 120 000; a
		// re-delivery of the 150 000 plov is not: a supervisor approves, and the
		// customer waits for a person.
		chat.tap(":REDELIVER");
		JsonNode ticket = chat.awaitTicketStatus("NEW");
		assertThat(ticket.path("category").asString()).isEqualTo("DAMAGED_ORDER");
		// The order the bot worked on is linked, beside the chat for the agent.
		assertThat(ticket.path("orderId").asString()).isNotBlank();
		assertThat(chat.notes()).singleElement()
			.satisfies(note -> assertThat(note)
				.contains("Handed over by the bot: the option the customer chose is above the bot limit")
				.contains("Request: the order arrived damaged")
				.contains("The customer sent a photo of the damage.")
				.contains("Offered: Deliver it again, free")
				.contains("The customer chose: Deliver it again, free")
				.contains("The customer wrote: «пакет порвался, плов рассыпался по всему пакету»")
				// In words: no intent names or option codes.
				.doesNotContain("DAMAGED_ORDER")
				.doesNotContain("REDELIVER")
				.doesNotContain("damaged_order"));
	}

	@Test
	void aPhotoSentBeforeTheWordsIsTheDamagePhoto() {
		BotChat chat = chat("uz");
		chat.order(o -> o.status("DELIVERED").deliveredAt(BotChat.minutesAgo(10)));
		chat.say("salom");
		chat.photo();
		chat.say("mana, osh toʻkilib ketgan, paket yirtilgan");
		assertThat(chat.offers(":KEEP_COMPENSATION")).as(chat.transcript()).isTrue();
	}

	@Test
	void foodQualityAsksWhatWasWrongUnlessTheCustomerSaid() {
		BotChat chat = chat("en");
		chat.order(o -> o.status("DELIVERED").deliveredAt(BotChat.minutesAgo(15)));
		chat.say("the plov came completely cold");
		assertThat(chat.offers(":BONUS_CREDIT")).as(chat.transcript()).isTrue();

		BotChat other = chat("en");
		other.order(o -> o.status("DELIVERED").deliveredAt(BotChat.minutesAgo(15)));
		other.say("the food is really bad quality, I cannot eat it");
		// Neither the item nor the problem was said: the bot asks for both, in turn.
		assertThat(other.offers(":i:all")).as(other.transcript()).isTrue();
		other.tap(":i:0");
		assertThat(other.offers(":p:SPOILED")).as(other.transcript()).isTrue();
		other.tap(":p:SPOILED");
		assertThat(other.offers(":REFUND_ITEMS")).as(other.transcript()).isTrue();
	}

	@Test
	void aRequestForAPersonIsHandedOffWithASummaryToTheRightQueue() {
		BotChat chat = chat("ru");
		chat.order(o -> o.status("DELIVERED").deliveredAt(BotChat.minutesAgo(40)));
		chat.say("Курьер нагрубил, соедините с оператором");
		assertThat(chat.lastText()).as(chat.transcript()).contains("оператор");
		JsonNode ticket = chat.awaitTicketStatus("NEW");
		assertThat(ticket.path("line").asString()).isEqualTo("CUSTOMERS_PARTNERS");
		assertThat(ticket.path("tags")).extracting(JsonNode::asString).contains("bot-handoff", "handoff-asked");
		assertThat(chat.notes()).singleElement()
			.satisfies(note -> assertThat(note).contains("Handed over by the bot: the customer asked for a person")
				.contains("Request: a person, about: a complaint about the courier")
				.contains("The customer wrote: «Курьер нагрубил, соедините с оператором»"));

		// Once a person answers, the bot stays silent.
		assertThat(chat.agentReplies("Здравствуйте, разбираюсь").status()).isEqualTo(200);
		chat.sayAndExpectSilence("спасибо, жду");
	}

	@Test
	void unsureTwiceMeansAPerson() {
		BotChat chat = chat("en");
		chat.say("what is the capital of australia");
		assertThat(chat.lastActions()).extracting(a -> a.path("label").asString()).contains("Operator");
		chat.say("and who won the football yesterday");
		chat.awaitTicketStatus("NEW");
		assertThat(chat.notes()).singleElement()
			.satisfies(note -> assertThat(note).contains("the bot did not understand the customer"));
	}

	@Test
	void anAngryCustomerGoesToAPersonAtOnceWithHighPriority() {
		BotChat chat = chat("ru");
		chat.order(o -> o.status("ON_THE_WAY"));
		chat.say("ВЫ ИДИОТЫ, ГДЕ МОЙ ЗАКАЗ УЖЕ ТРИ ЧАСА!!!");
		JsonNode ticket = chat.awaitTicketStatus("NEW");
		assertThat(ticket.path("priority").asString()).isEqualTo("HIGH");
		assertThat(chat.notes().get(0)).contains("the customer is angry")
			.contains("The customer is angry: insults or swearing")
			.contains("«ВЫ ИДИОТЫ, ГДЕ МОЙ ЗАКАЗ УЖЕ ТРИ ЧАСА!!!»");
	}

	@Test
	void anAngryRefundDemandReachesAPersonAtOnceWithTheCustomersWords() {
		BotChat chat = chat("ru");
		chat.order(o -> o.status("DELIVERED").deliveredAt(BotChat.minutesAgo(50)));
		chat.say("вы издеваетесь?! где мои деньги за заказ, верните немедленно!!!");
		JsonNode ticket = chat.awaitTicketStatus("NEW");
		assertThat(ticket.path("priority").asString()).isEqualTo("HIGH");
		assertThat(ticket.path("tags")).extracting(JsonNode::asString).contains("handoff-angry", "angry", "urgent");
		// Not told the order is not late, not closed as solved: a person has it.
		assertThat(chat.lastText()).as(chat.transcript()).contains("оператор");
		assertThat(chat.notesIn("ru")).singleElement()
			.satisfies(note -> assertThat(note).contains("Бот передал разговор: клиент рассержен")
				.contains("Клиенту срочно: просит немедленно")
				.contains("Клиент написал: «вы издеваетесь?! где мои деньги за заказ, верните немедленно!!!»"));
	}

	@Test
	void aTapOnOperatorQuotesWhatTheCustomerWroteNotTheButton() {
		BotChat chat = chat("en");
		chat.say("what is the capital of australia");
		chat.tap(":person");
		chat.awaitTicketStatus("NEW");
		assertThat(chat.notes()).singleElement()
			.satisfies(note -> assertThat(note).contains("The customer wrote: «what is the capital of australia»")
				.doesNotContain("«Operator»"));
	}

	@Test
	void aCustomerInAHurryIsNotAskedToSayItAgain() {
		BotChat chat = chat("en");
		chat.say("what is the capital of australia, I need it right now");
		JsonNode ticket = chat.awaitTicketStatus("NEW");
		assertThat(ticket.path("priority").asString()).as(chat.transcript()).isEqualTo("HIGH");
		assertThat(ticket.path("tags")).extracting(JsonNode::asString).contains("urgent");
	}

	@Test
	void theOffersFollowTheLanguageTheCustomerWritesNotTheApps() {
		BotChat chat = chat("ru");
		chat.order(o -> o.status("DELIVERED")
			.deliveredAt(BotChat.minutesAgo(20))
			.items(List.of(line("osh", "Osh", 1, 45000), line("non", "Non", 1, 5000))));
		chat.say("non kelmadi, buyurtmada bor edi");
		assertThat(chat.offers(":BONUS_CREDIT")).as(chat.transcript()).isTrue();
		assertThat(chat.lastActions()).extracting(a -> a.path("label").asString())
			.anySatisfy(label -> assertThat(label).startsWith("Bonus bilan"));
		assertThat(chat.lastText()).as(chat.transcript()).contains("yetishmadi");
		chat.tap(":BONUS_CREDIT");
		chat.awaitTicketStatus("SOLVED");
		assertThat(chat.lastText()).as(chat.transcript()).doesNotContainPattern("[а-яА-Я]{4,}");
	}

	@Test
	void aVipGoesStraightToAPerson() {
		BotChat chat = chat("en");
		for (int i = 0; i < 3; i++) {
			chat.order(o -> o.at(Instant.now()).status("DELIVERED"));
		}
		await().atMost(Duration.ofSeconds(10))
			.until(() -> chat.http()
				.get("/api/v1/agent/customers/" + chat.customerId)
				.bearer(chat.agent)
				.send()
				.json()
				.path("profile")
				.path("ordersCount")
				.asInt(), n -> n >= 3);
		chat.say("where is my order");
		JsonNode ticket = chat.awaitTicketStatus("NEW");
		assertThat(ticket.path("priority").asString()).isEqualTo("HIGH");
		assertThat(ticket.path("tags")).extracting(JsonNode::asString).contains("vip", "handoff-vip");
	}

	@Test
	void aGeneralQuestionIsAnsweredFromTheKnowledgeBaseAndRated() {
		BotChat chat = chat("ru");
		chat.say("сколько стоит доставка?");
		assertThat(chat.lastText()).as(chat.transcript()).contains("Стоимость доставки");
		String stale = chat.action(":faq:no");
		chat.tap(":faq:yes");
		chat.awaitTicketStatus("SOLVED");
		JsonNode article = chat.http().get("/api/v1/kb/articles/delivery-fee?locale=ru").send().json();
		assertThat(article.path("helpfulYes").asInt()).isPositive();

		// A button of a question already answered changes nothing: no second rating, no
		// hand-off.
		chat.tapId(stale);
		JsonNode again = chat.http().get("/api/v1/kb/articles/delivery-fee?locale=ru").send().json();
		assertThat(again.path("helpfulNo").asInt()).isEqualTo(article.path("helpfulNo").asInt());
		assertThat(chat.ticket().path("status").asString()).isNotEqualTo("NEW");
	}

	@Test
	void aReturningCustomerIsGreetedWithWhatHappenedToTheirLastOrder() {
		BotChat chat = chat("uz");
		Instant delivered = Instant.now().minus(Duration.ofMinutes(30));
		PlatformEventBuilder order = chat
			.order(o -> o.at(delivered.minus(Duration.ofMinutes(80))).status("DELIVERED").deliveredAt(delivered));
		chat.say("salom");
		assertThat(chat.lastText()).as(chat.transcript()).contains(order.number()).contains("35 daqiqa");
		chat.tap(":ctx:yes");
		assertThat(chat.offers(":COMPENSATION")).as(chat.transcript()).isTrue();
	}

	@Test
	void containmentIsRecordedPerIntentAndLanguage() {
		BotChat chat = chat("ru");
		chat.order(o -> o.at(Instant.now()).status("COOKING"));
		chat.say("когда привезут заказ?");
		chat.awaitTicketStatus("SOLVED");
		JsonNode report = chat.http()
			.get("/api/v1/agent/bot/containment?from=2026-01-01&to=2099-01-01")
			.bearer(chat.agent)
			.send()
			.json();
		assertThat(report.path("byIntent")).anySatisfy(row -> {
			assertThat(row.path("intent").asString()).isEqualTo("order_status");
			assertThat(row.path("language").asString()).isEqualTo("ru");
			assertThat(row.path("contained").asInt()).isPositive();
		});
	}

	@Test
	void classifiesForIntegrationsAndRefusesBadInput() {
		BotChat chat = chat("ru");
		PlatformEventBuilder order = chat.order(o -> o.status("DELIVERED")
			.items(List.of(line("plov", "Osh", 1, 45000), line("cola", "Coca-Cola 0.5", 1, 9000))));
		Http.Response understood = chat.http()
			.post("/api/v1/agent/bot/classify",
					Map.of("text", "buyurtma " + order.number().replace("E24-", "") + " da kola yoʻq edi", "orderId",
							order.orderId()))
			.bearer(chat.agent)
			.send();
		assertThat(understood.status()).as(understood.toString()).isEqualTo(200);
		assertThat(understood.json().path("intent").asString()).isEqualTo("missing_item");
		assertThat(understood.json().path("language").asString()).isEqualTo("uz");
		assertThat(understood.json().path("entities").path("items")).extracting(i -> i.path("sku").asString())
			.containsExactly("cola");
		assertThat(understood.json().path("angry").asBoolean()).isFalse();
		assertThat(understood.json().path("urgent").asBoolean()).isFalse();
		JsonNode upset = classify(chat, "вы издеваетесь?! верните деньги немедленно!!!");
		assertThat(upset.path("angry").asBoolean()).isTrue();
		assertThat(upset.path("urgent").asBoolean()).isTrue();

		Http.Response blank = chat.http()
			.post("/api/v1/agent/bot/classify", Map.of("text", " "))
			.bearer(chat.agent)
			.send();
		assertThat(blank.status()).isEqualTo(400);
		assertThat(blank.problemFields()).containsExactly("text");
		Http.Response unknownOrder = chat.http()
			.post("/api/v1/agent/bot/classify", Map.of("text", "где заказ", "orderId", "nope"))
			.bearer(chat.agent)
			.send();
		assertThat(unknownOrder.problemFields()).containsExactly("orderId");

		Http.Response asCustomer = chat.http()
			.post("/api/v1/agent/bot/classify", Map.of("text", "где заказ"))
			.bearer(chat.customer)
			.send();
		assertThat(asCustomer.status()).isIn(401, 403);
	}

	@Test
	void aThumbsUpOrAQuestionMarkNeverKnocksTheClassifierOut() {
		BotChat chat = chat("ru");
		for (String thanks : List.of("👍", "👌", "🙏", "❤️", ")))", "👍🏽", "+")) {
			JsonNode understood = classify(chat, thanks);
			assertThat(understood.path("intent").asString()).as(thanks).isEqualTo("thanks_bye");
			assertThat(understood.path("angry").asBoolean()).as(thanks).isFalse();
		}
		for (String unclear : List.of("?", "...", "\u200B", "\u200B\u200D\uFEFF", "(((")) {
			JsonNode understood = classify(chat, unclear);
			assertThat(understood.path("intent").asString()).as(unclear).isEqualTo("out_of_scope");
			assertThat(understood.path("decidedBy").asString()).as(unclear).isEqualTo("rule:unclear");
		}
		for (String angry : List.of("😡", "🤬", "где мой заказ 😡")) {
			assertThat(classify(chat, angry).path("angry").asBoolean()).as(angry).isTrue();
		}
	}

	@Test
	void aThumbsUpAfterAnAnswerAndAQuestionMarkAreAnsweredWithoutAHandOff() {
		BotChat chat = chat("ru");
		chat.order(o -> o.at(Instant.now()).status("ON_THE_WAY").courier("k-1", "Жасур", "+998901112233"));
		chat.say("где мой заказ?");
		chat.awaitTicketStatus("SOLVED");
		int before = chat.messages().size();
		chat.say("👍");
		assertThat(chat.messages()).as(chat.transcript()).hasSize(before + 2);
		assertThat(chat.lastText()).as(chat.transcript()).contains("Спасибо");
		chat.awaitTicketStatus("SOLVED");

		chat.say("?");
		assertThat(chat.messages().getLast().path("authorKind").asString()).as(chat.transcript()).isEqualTo("BOT");
		assertThat(chat.lastText()).as(chat.transcript()).contains("Чем могу помочь");
		assertThat(chat.lastActions()).extracting(a -> a.path("label").asString())
			.contains("Где мой заказ", "Оператор");
		JsonNode ticket = chat.ticket();
		assertThat(ticket.path("status").asString()).isEqualTo("BOT");
		assertThat(ticket.path("tags")).extracting(JsonNode::asString).doesNotContain("bot-handoff", "bot-error");
		assertThat(chat.notes()).isEmpty();
	}

	private static JsonNode classify(BotChat chat, String text) {
		Http.Response understood = chat.http()
			.post("/api/v1/agent/bot/classify", Map.of("text", text))
			.bearer(chat.agent)
			.send();
		assertThat(understood.status()).as(text + ": " + understood).isEqualTo(200);
		return understood.json();
	}

}
