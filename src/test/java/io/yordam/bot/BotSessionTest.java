package io.yordam.bot;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The session's rules: who answers, and what counts as contained. */
class BotSessionTest {

	static final Instant T0 = Instant.parse("2026-11-23T09:00:00Z");

	static BotSession session(boolean botHasIt) {
		return BotSession.start(UUID.randomUUID(), UUID.randomUUID(), "c-1", "uz", botHasIt, T0);
	}

	@Test
	void theBotAnswersUntilAPersonHasTheCustomer() {
		BotSession session = session(true);
		assertThat(session.botAnswers()).isTrue();
		session.personTookOver(T0.plusSeconds(60));
		assertThat(session.botAnswers()).isFalse();
		assertThat(session.outcome()).isEqualTo(BotSession.Outcome.HANDED_OFF);
		assertThat(session(false).botAnswers()).isFalse();
	}

	@Test
	void aNewRequestWithin72HoursAfterTheBotClosedMeansItWasNotContained() {
		BotSession session = session(true);
		session.understood(Intent.ORDER_STATUS, 0.9, "uz", T0);
		session.closedByBot(T0.plusSeconds(30));
		assertThat(session.outcome()).isEqualTo(BotSession.Outcome.CONTAINED);
		session.reopen(7, T0.plus(Duration.ofHours(2)));
		assertThat(session.dialogueFrom()).isEqualTo(6);
		assertThat(session.botAnswers()).isTrue();
		session.recontact(T0.plus(Duration.ofHours(2)));
		assertThat(session.recontactedAt()).isNotNull();
	}

	@Test
	void aRequestAfter72HoursIsANewStory() {
		BotSession session = session(true);
		session.closedByBot(T0);
		session.reopen(9, T0.plus(Duration.ofHours(73)));
		session.recontact(T0.plus(Duration.ofHours(73)));
		assertThat(session.recontactedAt()).isNull();
	}

	@Test
	void unsureTwiceInARowIsTheLimitAndUnderstandingResetsIt() {
		BotSession session = session(true);
		assertThat(session.unsure()).isFalse();
		session.sure();
		assertThat(session.unsure()).isFalse();
		assertThat(session.unsure()).isTrue();
	}

	@Test
	void theConversationsIntentIsItsFirstRealRequestNotTheGreeting() {
		BotSession session = session(true);
		session.understood(Intent.GREETING, 0.9, "ru", T0);
		assertThat(session.intent()).isEqualTo("greeting");
		session.understood(Intent.MISSING_ITEM, 0.8, "ru", T0);
		session.understood(Intent.THANKS_BYE, 0.9, "ru", T0);
		assertThat(session.intent()).isEqualTo("missing_item");
		assertThat(session.language()).isEqualTo("ru");
	}

	@Test
	void theMoodStaysForTheDialogueAndANewDialogueStartsCalm() {
		BotSession session = session(true);
		session.felt(null, "urgent words");
		session.felt("threat", null);
		session.felt(null, "a child");
		assertThat(session.anger()).isEqualTo("threat");
		assertThat(session.urgency()).isEqualTo("urgent words");
		assertThat(session.pressing()).isTrue();
		session.closedByBot(T0.plusSeconds(60));
		session.reopen(5, T0.plusSeconds(120));
		assertThat(session.pressing()).isFalse();
	}

	@Test
	void theLanguageFollowsWhatTheCustomerWrites() {
		BotSession session = session(true);
		assertThat(session.speaks("ru")).isTrue();
		assertThat(session.language()).isEqualTo("ru");
		assertThat(session.speaks("ru")).isFalse();
		assertThat(session.speaks(null)).isFalse();
		assertThat(session.language()).isEqualTo("ru");
	}

}
