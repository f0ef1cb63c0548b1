package io.yordam.bot;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A turn: what the bot posts is numbered after the message it answers. */
class TurnTest {

	final TurnFixture chat = new TurnFixture();

	@Test
	void whatTheBotSaysHasAnIdFromTheMessageItAnswers() {
		Turn turn = this.chat.turn("hello");
		turn.say("one");
		turn.say("two");
		turn.answering(this.chat.turn("again").message());
		turn.say("three");
		assertThat(this.chat.voice.said).extracting(ListeningVoice.Said::messageId)
			.containsExactly("bot-1-0", "bot-1-1", "bot-2-0");
	}

	@Test
	void aConversationTheBotClosedIsItsAgainWhenTheCustomerWrites() {
		this.chat.session.closedByBot(TurnFixture.NOW);
		Turn turn = this.chat.turn("one more thing");
		assertThat(turn.reopen(TurnFixture.NOW.plus(Duration.ofMinutes(5)))).isTrue();
		assertThat(this.chat.session.mode()).isEqualTo(BotSession.Mode.ACTIVE);
		assertThat(this.chat.voice.reopened).isEqualTo(1);
		assertThat(turn.reopen(TurnFixture.NOW.plus(Duration.ofMinutes(6)))).isFalse();
		assertThat(this.chat.voice.reopened).isEqualTo(1);
	}

	@Test
	void whatWasGatheredIsKeptBetweenMessages() {
		Turn turn = this.chat.turn("the cola is missing");
		turn.await(DialogueStep.PICK_ITEMS, Gathered.of(io.yordam.incidents.IncidentType.INCOMPLETE_ORDER, "o-1")
			.withItems(java.util.List.of("cola")));
		assertThat(this.chat.turn("and?").gathered().items()).containsExactly("cola");
		turn.await(DialogueStep.NONE);
		assertThat(this.chat.session.facts()).isEqualTo("{}");
	}

	@Test
	void aChangeOfLanguageIsToldToTheChatOnce() {
		Turn turn = this.chat.turn("kola kelmadi");
		turn.follow("uz");
		turn.follow("uz");
		turn.follow(null);
		assertThat(this.chat.session.language()).isEqualTo("uz");
		assertThat(this.chat.voice.spoken).containsExactly("uz");
	}

}
