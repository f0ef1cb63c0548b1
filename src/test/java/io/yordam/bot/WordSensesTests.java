package io.yordam.bot;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Stems and senses: forms of a word meet, and so do a few synonyms. */
class WordSensesTests {

	@Test
	void englishFormsMeet() {
		assertThat(WordSenses.englishLemma("orders")).isEqualTo("order");
		assertThat(WordSenses.englishLemma("switched")).isEqualTo("switch");
		assertThat(WordSenses.englishLemma("tracking")).isEqualTo("track");
		assertThat(WordSenses.englishLemma("stopped")).isEqualTo("stop");
		assertThat(WordSenses.englishLemma("deliveries")).isEqualTo("delivery");
		assertThat(WordSenses.englishLemma("update")).isEqualTo(WordSenses.englishLemma("updated"));
		assertThat(WordSenses.englishLemma("charges")).isEqualTo(WordSenses.englishLemma("charged"));
		assertThat(WordSenses.englishLemma("bonus")).isEqualTo("bonus");
		assertThat(WordSenses.englishLemma("address")).isEqualTo("address");
		assertThat(WordSenses.englishLemma("was")).isEqualTo("was");
	}

	@Test
	void synonymsAndPhrasesFoldIntoOneSense() {
		assertThat(WordSenses.of("i expect a reimbursement")).contains("refund");
		assertThat(WordSenses.of("i want my money back")).contains("refund").doesNotContain("money", "back");
		assertThat(WordSenses.of("i have to switch a product")).contains("change", "item");
		assertThat(WordSenses.of("modify my purchase")).containsExactly("change", "my", "order");
		assertThat(WordSenses.of("call off the purchases")).containsExactly("cancel", "the", "order");
		assertThat(WordSenses.of("buyurtmalarim qani")).containsExactly("buyurtma", "qani");
	}

}
