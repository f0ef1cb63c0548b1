package io.yordam.analytics;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Unanswered questions made comparable and grouped by similar words, per language. */
class KnowledgeGapsTests {

	@Test
	void wordsAreFoldedStemmedAndOrderNumbersDropped() {
		assertThat(QuestionWords.key("Можно ли оплатить заказ E24-1042 картой?"))
			.isEqualTo(QuestionWords.key("можно ли оплатить заказы картой"));
		assertThat(QuestionWords.stems("Buyurtmamni qayerdan olaman?")).contains("buyur", "qayer", "olama");
		assertThat(QuestionWords.key("Toʻlov qaytdimi?")).isEqualTo(QuestionWords.key("To'lov qaytdimi"));
		assertThat(QuestionWords.key("?? 42 !")).isEmpty();
	}

	@Test
	void alikeWordingsOfOneLanguageJoinTheMostAskedAndTheGroupsComeMostAskedFirst() {
		List<KnowledgeGaps.Wording> wordings = List.of(wording("ru", "Можно ли оплатить картой при получении", 5),
				wording("en", "Can I pay by card on delivery", 4),
				wording("ru", "Можно оплатить картой при получении?", 3), wording("ru", "Как удалить аккаунт", 2),
				wording("uz", "Karta bilan to'lasa bo'ladimi", 2),
				wording("ru", "можно ли оплатить картой курьеру при получении", 1));
		List<KnowledgeGaps.Group> groups = KnowledgeGaps.group(wordings);
		assertThat(groups).extracting(KnowledgeGaps.Group::sample)
			.containsExactly("Можно ли оплатить картой при получении", "Can I pay by card on delivery",
					"Как удалить аккаунт", "Karta bilan to'lasa bo'ladimi");
		assertThat(groups.get(0).asked()).isEqualTo(9);
		assertThat(groups.get(0).wordings()).isEqualTo(3);
		assertThat(groups.get(1).language()).isEqualTo("en");
	}

	private static KnowledgeGaps.Wording wording(String language, String text, long asked) {
		return new KnowledgeGaps.Wording(language, QuestionWords.key(text), asked, text);
	}

}
