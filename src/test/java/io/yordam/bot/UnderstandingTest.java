package io.yordam.bot;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which language the bot answers in after a message. */
class UnderstandingTest {

	static final IntentClassifier CLASSIFIER = IntentClassifier.standard();

	@Test
	void wordsSwitchTheLanguage() {
		assertThat(Understanding.languageOf("rahmat", "uz", "ru")).isEqualTo("uz");
	}

	@Test
	void tooFewLettersToTellKeepTheLanguage() {
		assertThat(Understanding.languageOf("ok", "en", "uz")).isEqualTo("uz");
		assertThat(Understanding.languageOf("👍👍👍", "en", "ru")).isEqualTo("ru");
	}

	@Test
	void noLanguageReadKeepsTheLanguage() {
		assertThat(Understanding.languageOf("спасибо", null, "uz")).isEqualTo("uz");
	}

	@Test
	void aCustomerWritingClearlyInALanguageIsSureToBeReadSo() {
		for (String[] line : new String[][] { { "kola kelmadi, faqat osh keldi", "uz" },
				{ "буюртмам қаерда, бир соатдан бери кутяпман", "uz" }, { "колу не привезли, только плов", "ru" },
				{ "my order has not arrived yet", "en" } }) {
			assertThat(CLASSIFIER.confidentLanguage(line[0], Understanding.SURE_OF_THE_LANGUAGE)).as(line[0])
				.contains(line[1]);
		}
	}

	@Test
	void nothingTheModelKnowsIsNoLanguage() {
		assertThat(CLASSIFIER.confidentLanguage("👍", Understanding.SURE_OF_THE_LANGUAGE)).isEmpty();
	}

}
