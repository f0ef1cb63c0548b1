package io.yordam.bot;

import java.util.Arrays;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The bot's buttons: their ids, what they answer, and what is not one of them. */
class BotButtonTest {

	static final UUID CONVERSATION = UUID.fromString("42f94796-84b0-4e97-8823-6df585127fa4");

	@ParameterizedTest
	@EnumSource(BotButton.Kind.class)
	void everyKindReadsBackFromItsId(BotButton.Kind kind) {
		BotButton button = new BotButton(CONVERSATION, 7, kind, "value");
		assertThat(BotButton.parse(button.id())).contains(button);
	}

	@Test
	void theCodesAreTheOnesInIdsCustomersAlreadyHold() {
		assertThat(Arrays.stream(BotButton.Kind.values()).map(BotButton.Kind::code)).containsExactly("i", "p", "faq",
				"ctx", "o", "int", "h", "c");
		assertThat(BotButton.parse("bot:42f9479684b04e9788236df585127fa4:1:h:person"))
			.contains(new BotButton(CONVERSATION, 1, BotButton.Kind.PERSON, "person"));
		assertThat(new BotButton(CONVERSATION, 3, BotButton.Kind.ITEM, "all").id())
			.isEqualTo("bot:42f9479684b04e9788236df585127fa4:3:i:all");
	}

	@Test
	void aValueMayHoldColons() {
		assertThat(BotButton.parse("bot:42f9479684b04e9788236df585127fa4:2:o:E24:1042"))
			.hasValueSatisfying(button -> assertThat(button.value()).isEqualTo("E24:1042"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "inc:42f9479684b04e9788236df585127fa4:COMPENSATION",
			"bot:42f9479684b04e9788236df585127fa4:1:zz:1", "bot:not-a-conversation:1:h:person",
			"bot:42f9479684b04e9788236df585127fa4:one:h:person", "bot:42f9479684b04e9788236df585127fa4:1:h", "bot:",
			"" })
	void whatIsNotTheBotsIsNobodysButton(String actionId) {
		assertThat(BotButton.parse(actionId)).isEmpty();
		assertThat(BotButton.parse(null)).isEmpty();
	}

	@Test
	void aButtonAnswersOnlyTheQuestionItCameWith() {
		assertThat(BotButton.Kind.ITEM.answers(DialogueStep.PICK_ITEMS)).isTrue();
		assertThat(BotButton.Kind.ITEM.answers(DialogueStep.FOOD_PROBLEM)).isFalse();
		assertThat(BotButton.Kind.PROBLEM.answers(DialogueStep.FOOD_PROBLEM)).isTrue();
		assertThat(BotButton.Kind.FAQ_FEEDBACK.answers(DialogueStep.FAQ_FEEDBACK)).isTrue();
		assertThat(BotButton.Kind.FAQ_FEEDBACK.answers(DialogueStep.NONE)).isFalse();
		assertThat(BotButton.Kind.CONTEXT.answers(DialogueStep.CONFIRM_CONTEXT)).isTrue();
		assertThat(BotButton.Kind.CONTEXT.answers(DialogueStep.PICK_ORDER)).isFalse();
		assertThat(BotButton.Kind.ORDER.answers(DialogueStep.PICK_ORDER)).isTrue();
		assertThat(BotButton.Kind.ORDER.answers(DialogueStep.OFFERED)).isFalse();
	}

	@ParameterizedTest
	@EnumSource(DialogueStep.class)
	void aRequestOrAPersonMayBeTappedWhateverWasAsked(DialogueStep waitingOn) {
		assertThat(BotButton.Kind.INTENT.answers(waitingOn)).isTrue();
		assertThat(BotButton.Kind.PERSON.answers(waitingOn)).isTrue();
	}

	@Test
	void idsAndLabelsFitTheChat() {
		String longValue = "x".repeat(200);
		BotButton button = new BotButton(CONVERSATION, 1, BotButton.Kind.ORDER, longValue);
		assertThat(button.id()).hasSize(120);
		assertThat(button.labelled("y".repeat(100)).label()).hasSize(80).endsWith("…");
		assertThat(button.labelled("Plov").label()).isEqualTo("Plov");
	}

}
