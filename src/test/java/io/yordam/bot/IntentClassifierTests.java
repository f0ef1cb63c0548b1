package io.yordam.bot;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.yordam.common.Money;
import io.yordam.orders.OrderId;
import io.yordam.orders.OrderStatus;
import io.yordam.orders.OrderView;
import io.yordam.orders.PaymentMethod;
import io.yordam.orders.PaymentStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The classifier on its own: the held-out test set (written apart from the training set,
 * never trained on), the rules, the live order as context, and the entities.
 */
class IntentClassifierTests {

	static final IntentClassifier CLASSIFIER = IntentClassifier.standard();

	@Test
	void reachesTheTargetInEveryLanguageOnMessagesItNeverSaw() {
		List<LabelledText> lines = new ArrayList<>();
		BotEvaluation.tsvFiles(Path.of("src/test/resources/bot/testset"))
			.forEach(file -> lines.addAll(BotEvaluation.read(file)));
		assertThat(lines).hasSizeGreaterThan(600);
		Evaluation evaluation = Evaluation.of(CLASSIFIER, lines);
		assertThat(evaluation.accuracyByLanguage()).as(String.join("\n", evaluation.mistakes()))
			.containsOnlyKeys("en", "ru", "uz")
			.allSatisfy((language, accuracy) -> assertThat(accuracy).as(language).isGreaterThanOrEqualTo(0.92));
		assertThat(evaluation.macroF1()).isGreaterThanOrEqualTo(0.92);
	}

	@Test
	void theTestSetSharesNoMessageWithTheTrainingSet() {
		java.util.Set<String> training = new java.util.HashSet<>();
		TrainingData.written().forEach(l -> training.add(normalized(l.text())));
		BotEvaluation.tsvFiles(Path.of("src/test/resources/bot/testset"))
			.forEach(file -> BotEvaluation.read(file)
				.forEach(l -> assertThat(training).as(l.text()).doesNotContain(normalized(l.text()))));
	}

	@Test
	void emojiAndPunctuationAreThanksAngerOrUnclearAndNeverAFailure() {
		assertThat(CLASSIFIER.classify("👍").intent()).isEqualTo(Intent.THANKS_BYE);
		assertThat(CLASSIFIER.classify(":)").intent()).isEqualTo(Intent.THANKS_BYE);
		assertThat(CLASSIFIER.classify("🙏🏻 !").intent()).isEqualTo(Intent.THANKS_BYE);
		assertThat(CLASSIFIER.classify("🤬").angry()).isTrue();
		assertThat(CLASSIFIER.classify("...").decidedBy()).isEqualTo(IntentClassifier.UNCLEAR);
		assertThat(CLASSIFIER.classify("👍?").decidedBy()).isEqualTo(IntentClassifier.UNCLEAR);
		assertThat(CLASSIFIER.classify("\u200B").confidence()).isZero();
		// Words of a script the model never saw: nothing it knows, so unclear.
		assertThat(CLASSIFIER.classify("你好你好 你好你好 你好你好").decidedBy()).isEqualTo(IntentClassifier.UNCLEAR);
	}

	@Test
	void anExplicitRequestForAPersonWinsOverEverythingElse() {
		assertThat(CLASSIFIER.classify("заказ опоздал на час, дайте оператора").intent()).isEqualTo(Intent.HUMAN_AGENT);
		assertThat(CLASSIFIER.classify("operatorga ulang iltimos").intent()).isEqualTo(Intent.HUMAN_AGENT);
		assertThat(CLASSIFIER.classify("Оператор!").intent()).isEqualTo(Intent.HUMAN_AGENT);
		// Naming a person is not asking for one.
		assertThat(CLASSIFIER.classify("the operator said my refund would come, still nothing").intent())
			.isEqualTo(Intent.REFUND_STATUS);
	}

	@Test
	void aStatusQuestionAboutAnOrderAlreadyLateIsALateDelivery() {
		Instant now = Instant.parse("2026-11-23T12:00:00Z");
		OrderView late = order(OrderStatus.ON_THE_WAY, now.minusSeconds(1200));
		OrderView onTime = order(OrderStatus.ON_THE_WAY, now.plusSeconds(1200));
		assertThat(CLASSIFIER.classify("где мой заказ?", onTime, now).intent()).isEqualTo(Intent.ORDER_STATUS);
		Classification context = CLASSIFIER.classify("где мой заказ?", late, now);
		assertThat(context.intent()).isEqualTo(Intent.DELIVERY_LATE);
		assertThat(context.decidedBy()).isEqualTo("context:order-late");
	}

	@Test
	void tellsTheLanguageWhateverTheScript() {
		assertThat(CLASSIFIER.classify("buyurtmam qayerda").language()).isEqualTo("uz");
		assertThat(CLASSIFIER.classify("буюртмам қаерда").language()).isEqualTo("uz");
		assertThat(CLASSIFIER.classify("где мой заказ").language()).isEqualTo("ru");
		assertThat(CLASSIFIER.classify("gde moy zakaz").language()).isEqualTo("ru");
		assertThat(CLASSIFIER.classify("where is my order").language()).isEqualTo("en");
	}

	@Test
	void findsOrderNumbersAmountsTimesAndTheOrdersOwnItems() {
		Entities entities = EntityExtractor.extract("заказ 10423 оплатил 45 000 сум в 14:30, жду уже 40 минут");
		assertThat(entities.orderNumbers()).containsExactly("10423");
		assertThat(entities.amounts()).containsExactly(45_000L);
		assertThat(entities.times()).containsExactly("14:30");
		assertThat(entities.minutes()).containsExactly(40);
		assertThat(EntityExtractor.extract("#1042 and 30k").amounts()).containsExactly(30_000L);
		// Nonsense digits are read as far as they can be, never as an error.
		assertThat(EntityExtractor.extract("99999999999999999999999k сум").amounts()).isNotEmpty();

		OrderView order = order(OrderStatus.DELIVERED, Instant.now());
		assertThat(EntityExtractor.items("кока колы не было", order)).extracting(Entities.Item::sku)
			.containsExactly("cola");
		assertThat(EntityExtractor.items("ichimlik kelmadi", order)).extracting(Entities.Item::sku)
			.containsExactly("cola");
		assertThat(EntityExtractor.items("самсу забыли положить", order)).extracting(Entities.Item::sku)
			.containsExactly("somsa");
		assertThat(EntityExtractor.items("плов холодный", order)).extracting(Entities.Item::sku)
			.containsExactly("plov");
	}

	@Test
	void russianInLatinLettersTellsAMissingDrinkFromADifferentOne() {
		for (String missing : List.of("mne ne privezli napitok", "net koly v zakaze", "gde moi napitok",
				"ne polozhili sok", "napitka v pakete ne bylo")) {
			assertThat(CLASSIFIER.classify(missing).intent()).as(missing).isEqualTo(Intent.MISSING_ITEM);
		}
		for (String wrong : List.of("dali fantu, a ya bral kolu", "prishel mors vmesto soka",
				"eto ne moi napitok, ya zakazyval chai")) {
			assertThat(CLASSIFIER.classify(wrong).intent()).as(wrong).isEqualTo(Intent.WRONG_ORDER);
		}
		// The word for the kind, in any form or with a typo, finds the order's drink.
		OrderView order = order(OrderStatus.DELIVERED, Instant.now());
		for (String drink : List.of("mne ne privezli napitok", "gde moi napitok", "napitochek zabyli",
				"nopitok ne prishel", "ichimligim kelmadi", "ичимлигим келмади", "no beverages in the bag")) {
			assertThat(EntityExtractor.items(drink, order)).as(drink)
				.extracting(Entities.Item::sku)
				.containsExactly("cola");
		}
		assertThat(EntityExtractor.items("ne polozhili sok", order)).isEmpty();
		// A salad by kind, whatever the menu calls it.
		Instant now = Instant.now();
		OrderView withSalad = new OrderView(new OrderId("o-2"), "1043", "Tashkent", "c-1", "Dilnoza", "Rayhon", "Jasur",
				"+998",
				List.of(new OrderView.Line("plov", "Плов по-ташкентски", 1, Money.som(45_000)),
						new OrderView.Line("salad", "Achchiq-chuchuk", 1, Money.som(12_000))),
				Money.som(9_000), Money.som(66_000), PaymentMethod.CARD, PaymentStatus.PAID, OrderStatus.DELIVERED, now,
				now, now, now.minusSeconds(3600), List.of());
		assertThat(EntityExtractor.items("salatni qoʻyishmagan", withSalad)).extracting(Entities.Item::sku)
			.containsExactly("salad");
	}

	@Test
	void whatTheCustomerSaysCameIsNotWhatIsMissing() {
		OrderView order = order(OrderStatus.DELIVERED, Instant.now());
		for (String text : List.of("плов есть, а колы нет", "plov va somsa keldi, kola yoʻq", "somsa bor, kola kelmadi",
				"the plov came but no cola", "самса на месте, колу не положили")) {
			assertThat(EntityExtractor.items(text, order)).as(text)
				.extracting(Entities.Item::sku)
				.containsExactly("cola");
		}
		// Nothing said missing: every item named is what the message is about.
		assertThat(EntityExtractor.items("плов есть, но холодный", order)).extracting(Entities.Item::sku)
			.containsExactly("plov");
		assertThat(EntityExtractor.items("вместо колы привезли плов", order)).extracting(Entities.Item::sku)
			.containsExactlyInAnyOrder("plov", "cola");
		assertThat(EntityExtractor.items("no cola and no somsa", order)).extracting(Entities.Item::sku)
			.containsExactlyInAnyOrder("somsa", "cola");
	}

	@Test
	void paraphrasesAndTemplatesReadAsTheirIntent() {
		// Synonyms, a formal register and a template's placeholder, none in the training
		// set as written.
		assertThat(CLASSIFIER.classify("I need to alter purchase {{Order Number}}").intent())
			.isEqualTo(Intent.CHANGE_ORDER);
		assertThat(CLASSIFIER.classify("I am owed a repayment of {{Currency Symbol}}{{Refund Amount}}").intent())
			.isEqualTo(Intent.REFUND_STATUS);
		assertThat(CLASSIFIER.classify("can you help me track the whereabouts of my purchase").intent())
			.isEqualTo(Intent.ORDER_STATUS);
		assertThat(CLASSIFIER.classify("i have an issue with a transaction").intent())
			.isEqualTo(Intent.PAYMENT_PROBLEM);
		assertThat(TextFeatures.ofIntent("order {{Order Number}}")).containsKey("f:<num>");
	}

	@Test
	void readsWhatWasWrongWithTheFood() {
		assertThat(FoodProblems.of("суп совсем холодный")).contains(io.yordam.incidents.IncidentFacts.FoodProblem.COLD);
		assertThat(FoodProblems.of("ovqatda soch bor"))
			.contains(io.yordam.incidents.IncidentFacts.FoodProblem.FOREIGN_OBJECT);
		assertThat(FoodProblems.of("the chicken was raw inside"))
			.contains(io.yordam.incidents.IncidentFacts.FoodProblem.UNDERCOOKED);
		assertThat(FoodProblems.of("сироп вкусный")).isEmpty();
	}

	@Test
	void angerIsSwearingOrShouting() {
		assertThat(IntentRules.anger("вы идиоты")).isPresent();
		assertThat(IntentRules.anger("WHERE IS MY FOOD ALREADY!!!")).isPresent();
		assertThat(IntentRules.anger("где мой заказ?")).isEmpty();
	}

	private static String normalized(String text) {
		return text.toLowerCase().replaceAll("[^\\p{L}\\p{Nd}]+", " ").strip();
	}

	static OrderView order(OrderStatus status, Instant promisedAt) {
		return new OrderView(new OrderId("o-1"), "1042", "Tashkent", "c-1", "Dilnoza", "Rayhon", "Jasur", "+998",
				List.of(new OrderView.Line("plov", "Плов по-ташкентски", 1, Money.som(45_000)),
						new OrderView.Line("somsa", "Самса с мясом", 2, Money.som(8_000)),
						new OrderView.Line("cola", "Coca-Cola 0.5", 1, Money.som(9_000))),
				Money.som(9_000), Money.som(79_000), PaymentMethod.CARD, PaymentStatus.PAID, status, promisedAt,
				promisedAt, (status == OrderStatus.DELIVERED) ? promisedAt : null, promisedAt.minusSeconds(3600),
				List.of());
	}

}
