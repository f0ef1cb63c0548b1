package io.yordam.bot;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which language the bot answers in after a message. */
class UnderstandingTest {

	static Classification readAs(String language) {
		return new Classification(Intent.THANKS_BYE, 0.9, language,
				new Entities(List.of(), null, List.of(), List.of(), List.of(), List.of()), null, "model", List.of());
	}

	@Test
	void wordsSwitchTheLanguage() {
		assertThat(Understanding.languageOf("rahmat", readAs("uz"), "ru")).isEqualTo("uz");
	}

	@Test
	void tooFewLettersToTellKeepTheLanguage() {
		assertThat(Understanding.languageOf("ok", readAs("en"), "uz")).isEqualTo("uz");
		assertThat(Understanding.languageOf("👍👍👍", readAs("en"), "ru")).isEqualTo("ru");
	}

	@Test
	void noLanguageReadKeepsTheLanguage() {
		assertThat(Understanding.languageOf("спасибо", readAs(null), "uz")).isEqualTo("uz");
	}

}
