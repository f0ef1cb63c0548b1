package io.yordam.bot;

import java.time.ZoneId;
import java.util.UUID;

import io.yordam.customers.Customers;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/**
 * When the bot steps aside at once: anger, a failure said to be repeated, health; and
 * when it does not: annoyance, urgency it can answer, a question that counts times.
 */
class BotLimitsTest {

	static final IntentClassifier CLASSIFIER = IntentClassifier.standard();

	final BotLimits limits = new BotLimits(mock(Customers.class),
			new BotProperties(true, 0.3, 100, ZoneId.of("Asia/Tashkent")));

	final BotSession session = BotSession.start(UUID.randomUUID(), UUID.randomUUID(), "c-1", "ru", true,
			TurnFixture.NOW);

	BotLimits.Verdict check(String text) {
		return this.limits.check(this.session, CLASSIFIER.classify(text), text);
	}

	@Test
	void anAngryCustomerGoesToAPersonAtOnceInEveryLanguage() {
		for (String text : new String[] { "вы издеваетесь?! верните деньги немедленно!!!",
				"THIS IS THE THIRD TIME MY ORDER IS LATE, I WILL LEAVE A BAD REVIEW",
				"masxara qilyapsizmi? pulimni qaytaring", "I will leave a one star review if this is not fixed" }) {
			assertThat(check(text)).as(text).isEqualTo(new BotLimits.PersonNeeded("angry", true));
		}
	}

	@Test
	void aFailureSaidToBeRepeatedIsAPersonsToLookAt() {
		for (String text : new String[] { "это уже третий раз когда вы опаздываете с доставкой",
				"second time the drink is missing from my order", "uchinchi marta buyurtma kechikib kelyapti" }) {
			assertThat(check(text)).as(text).isEqualTo(new BotLimits.PersonNeeded("repeated", true));
		}
	}

	@Test
	void aQuestionThatCountsTimesIsNoFailure() {
		assertThat(check("how many times can I use a promo code")).isInstanceOf(BotLimits.BotAnswers.class);
		assertThat(check("сколько раз можно использовать промокод")).isInstanceOf(BotLimits.BotAnswers.class);
	}

	@Test
	void healthIsNotTheBotsToJudge() {
		assertThat(check("после вашего плова у ребёнка аллергия, что делать"))
			.isEqualTo(new BotLimits.PersonNeeded("health", true));
	}

	@Test
	void annoyanceWithAClearRequestStaysWithTheBot() {
		// One weak sign is annoyance, not anger: the bot solves it as it would anyway.
		for (String text : new String[] { "колу не положили!!!", "kola kelmadi, dahshat", "the cola is missing!!!" }) {
			assertThat(check(text)).as(text).isInstanceOf(BotLimits.BotAnswers.class);
		}
	}

	@Test
	void urgencyTheBotCanAnswerStaysWithTheBot() {
		assertThat(check("срочно, где мой заказ?")).isInstanceOf(BotLimits.BotAnswers.class);
	}

}
