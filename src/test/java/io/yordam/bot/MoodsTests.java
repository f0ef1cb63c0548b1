package io.yordam.bot;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Anger and urgency in Russian, Uzbek (both scripts) and English, and the calm messages
 * that must not read as either.
 */
class MoodsTests {

	static final IntentClassifier CLASSIFIER = IntentClassifierTests.CLASSIFIER;

	@Test
	void angerIsSeenInEveryLanguage() {
		List<String> angry = List.of(
				// English: capitals, "third time", a threat to leave a review.
				"THIS IS THE THIRD TIME my order is late, I will leave a review",
				"Are you kidding me? Wrong order again", "I'll never order from you again",
				"this is ridiculous, SECOND TIME THIS WEEK", "you people are morons",
				// Russian: sarcasm, "!!!"/"?!", threats.
				"вы издеваетесь?! … верните деньги немедленно!!!", "ВЫ ИЗДЕВАЕТЕСЬ? ЗАКАЗА НЕТ УЖЕ ДВА ЧАСА",
				"в третий раз привозите не то!!!", "оставлю отзыв везде, где только можно",
				"больше никогда у вас заказывать не буду", "подам на вас в суд", "vy izdevaetes? gde zakaz",
				// Uzbek, Latin and Cyrillic.
				"uchinchi marta kechikyapti, sharh yozaman", "Учинчи марта кечикяпти, шарҳ ёзаман",
				"masxara qilyapsizlarmi? ikki soat kutdim", "Масхара қиляпсизларми? икки соат кутдим",
				"boshqa hech qachon sizlardan buyurtma bermayman", "qachongacha kutaman?!",
				"Бир ярим соатдан бери кутяпман!!! Бу қанақа хизмат?");
		for (String text : angry) {
			assertThat(CLASSIFIER.classify(text).angry()).as(text).isTrue();
		}
		assertThat(CLASSIFIER.classify("в третий раз привозите не то!!!").anger()).contains("repeated failure")
			.contains("exclamations");
		assertThat(CLASSIFIER.classify("I'll leave a bad review").anger()).isEqualTo("threat");
	}

	@Test
	void calmMessagesAreNotAnger() {
		List<String> calm = List.of("Hi! My order E24-1042 has not arrived yet", "ORDER E24-1042 NOT DELIVERED",
				"Спасибо! Всё пришло", "Salom! Buyurtmam qayerda?", "Салом! Буюртмам қаерда?",
				"garlic sauce missing AGAIN!!", "how do I leave a review?", "хочу оставить отзыв, всё понравилось",
				"сколько дней идёт возврат на карту", "my SMS code from UZCARD did not come", "где мой заказ?",
				"the plov was cold", "hozir qayerda kuryer?", "опять холодный плов",
				"хочу удалить аккаунт, больше пользоваться не буду");
		for (String text : calm) {
			assertThat(CLASSIFIER.classify(text).angry()).as(text).isFalse();
		}
	}

	@Test
	void urgencyIsWordsAChildOrHealth() {
		assertThat(CLASSIFIER.classify("срочно отмените заказ").urgency()).isEqualTo("urgent words");
		assertThat(CLASSIFIER.classify("верните деньги немедленно").urgent()).isTrue();
		assertThat(CLASSIFIER.classify("cancel it immediately please").urgent()).isTrue();
		assertThat(CLASSIFIER.classify("I need my refund right now").urgent()).isTrue();
		assertThat(CLASSIFIER.classify("buyurtmani tezda bekor qiling").urgent()).isTrue();
		assertThat(CLASSIFIER.classify("pulni zudlik bilan qaytaring").urgent()).isTrue();
		assertThat(CLASSIFIER.classify("пулни зудлик билан қайтаринг").urgent()).isTrue();
		assertThat(CLASSIFIER.classify("ребёнок голодный, заказа всё нет").urgency()).isEqualTo("a child");
		assertThat(CLASSIFIER.classify("bolam och qoldi, buyurtma qani").urgency()).isEqualTo("a child");
		assertThat(CLASSIFIER.classify("Болам оч қолди, буюртма қани").urgency()).isEqualTo("a child");
		assertThat(CLASSIFIER.classify("my son has a nut allergy and the salad has nuts").urgency())
			.isEqualTo("health");
		assertThat(CLASSIFIER.classify("у дочки аллергия на орехи, а в салате орехи").urgency()).isEqualTo("health");
		assertThat(CLASSIFIER.classify("qizimda allergiya bor, salatda yong'oq").urgency()).isEqualTo("health");
		assertThat(CLASSIFIER.classify("I got sick after eating your plov").urgency()).isEqualTo("health");
	}

	@Test
	void calmMessagesAreNotUrgent() {
		for (String text : List.of("где мой заказ?", "Hi! My order E24-1042 has not arrived yet",
				"I'm not home right now, leave it with the neighbour", "buyurtmam qayerda?", "I'm sick of waiting",
				"спасибо, всё вкусно")) {
			assertThat(CLASSIFIER.classify(text).urgent()).as(text).isFalse();
		}
	}

}
