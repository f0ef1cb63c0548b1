package io.yordam.observability;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BotAnswerClockTest {

	final SimpleMeterRegistry registry = new SimpleMeterRegistry();

	final BotAnswerClock clock = new BotAnswerClock(this.registry);

	final Instant t0 = Instant.parse("2026-03-01T19:00:00Z");

	Timer answers() {
		return this.registry.get("yordam.bot.answer").timer();
	}

	@Test
	void timesFromTheFirstUnansweredMessageToTheBotsAnswer() {
		UUID conversation = UUID.randomUUID();
		this.clock.customerWrote(conversation, this.t0);
		this.clock.customerWrote(conversation, this.t0.plusMillis(300));
		this.clock.botAnswered(conversation, this.t0.plusMillis(800));
		// The bot's second message of the same answer is not a second answer.
		this.clock.botAnswered(conversation, this.t0.plusMillis(900));
		assertThat(answers().count()).isEqualTo(1);
		assertThat(answers().totalTime(TimeUnit.MILLISECONDS)).isEqualTo(800);
		assertThat(this.clock.waiting()).isZero();
	}

	@Test
	void aPersonsAnswerOrAConversationLeavingTheBotIsNoBotAnswer() {
		UUID withAgent = UUID.randomUUID();
		this.clock.customerWrote(withAgent, this.t0);
		this.clock.forget(withAgent);
		this.clock.botAnswered(withAgent, this.t0.plusSeconds(40));
		assertThat(answers().count()).isZero();
	}

	@Test
	void longUnansweredMessagesAreForgottenSoMemoryStaysBounded() {
		UUID old = UUID.randomUUID();
		UUID recent = UUID.randomUUID();
		this.clock.customerWrote(old, this.t0);
		this.clock.customerWrote(recent, this.t0.plus(Duration.ofMinutes(9)));
		this.clock.forgetOlderThan(this.t0.plus(Duration.ofMinutes(1)));
		assertThat(this.clock.waiting()).isEqualTo(1);
		this.clock.botAnswered(old, this.t0.plus(Duration.ofMinutes(11)));
		assertThat(answers().count()).isZero();
	}

	@Test
	void anAnswerStampedBeforeTheQuestionIsNotTimed() {
		UUID conversation = UUID.randomUUID();
		this.clock.customerWrote(conversation, this.t0);
		this.clock.botAnswered(conversation, this.t0.minusMillis(5));
		assertThat(answers().count()).isZero();
	}

}
