package io.yordam.knowledge;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** An article's body as a chat reply and every screen read it. */
class ArticleTextTest {

	@Test
	void paragraphsAreSeparatedByABlankLineAndKeepTheirLineBreaks() {
		String body = "Check the bags.\r\n\r\n\r\nIf it is missing:\n- we bring it\n- or refund it  \n \nBonuses come at once.";
		assertThat(ArticleText.paragraphs(body)).containsExactly("Check the bags.",
				"If it is missing:\n- we bring it\n- or refund it", "Bonuses come at once.");
		assertThat(ArticleText.forChat(body))
			.isEqualTo("Check the bags.\n\nIf it is missing:\n- we bring it\n- or refund it\n\nBonuses come at once.");
	}

	@Test
	void whatAReaderCannotSeeIsNotSent() {
		assertThat(ArticleText.forChat("\uFEFFСкидка\u200B 10\u0007 %\tсегодня")).isEqualTo("Скидка 10 % сегодня");
		assertThat(ArticleText.paragraphs(" \n\n ")).isEmpty();
		assertThat(ArticleText.paragraphs(null)).isEmpty();
	}

	@Test
	void aBodyWithoutBlankLinesIsOneParagraph() {
		assertThat(ArticleText.paragraphs("Oʻzbekcha matn.\nIkkinchi qator."))
			.containsExactly("Oʻzbekcha matn.\nIkkinchi qator.");
	}

}
