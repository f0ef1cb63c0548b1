package io.yordam.bot;

import java.time.Duration;

import io.yordam.orders.OrderStatus;
import org.junit.jupiter.api.Test;

import static io.yordam.bot.OrderViewBuilder.anOrder;
import static org.assertj.core.api.Assertions.assertThat;

/** Hello with memory, and goodbye that closes as it should. */
class GreetingsTest {

	final TurnFixture chat = new TurnFixture();

	final Greetings greetings = new Greetings();

	@Test
	void anActiveOrderIsWhatTheGreetingAsksAbout() {
		this.chat.with(anOrder().number("1042").status(OrderStatus.ON_THE_WAY));
		this.greetings.greet(this.chat.turn("hi"), TurnFixture.NOW);
		assertThat(this.chat.voice.last().text()).contains("1042");
		assertThat(this.chat.voice.last().ids()).allSatisfy(id -> assertThat(BotButton.parse(id))
			.hasValueSatisfying(button -> assertThat(button.kind()).isEqualTo(BotButton.Kind.CONTEXT)));
		assertThat(this.chat.session.step()).isEqualTo(DialogueStep.CONFIRM_CONTEXT);
	}

	@Test
	void anOrderThatCameLateIsRememberedByTheOrdersOwnRule() {
		this.chat.with(anOrder().number("1042").delivered(TurnFixture.NOW.minus(Duration.ofMinutes(30)), 35));
		Turn turn = this.chat.turn("hi");
		this.greetings.greet(turn, TurnFixture.NOW);
		assertThat(this.chat.voice.last().text())
			.isEqualTo("Hello! Your order 1042 arrived 35 min late today. Is this about it?");
		assertThat(this.chat.voice.last().labels()).containsExactly("Yes", "No, something else");
		assertThat(turn.gathered().contextKind()).isEqualTo(Greetings.LATE);
	}

	@Test
	void aFewMinutesLateIsNotWorthAskingAbout() {
		// Late by the order's rule, but below the 15 minutes the greeting brings up.
		this.chat.with(anOrder().number("1042").delivered(TurnFixture.NOW.minus(Duration.ofMinutes(30)), 14));
		this.greetings.greet(this.chat.turn("hi"), TurnFixture.NOW);
		assertThat(this.chat.voice.last().text()).isEqualTo("Hello! I am the Yordam assistant. How can I help?");
		assertThat(this.chat.session.step()).isEqualTo(DialogueStep.NONE);
	}

	@Test
	void fifteenMinutesLateIsBroughtUp() {
		this.chat.with(anOrder().number("1042").delivered(TurnFixture.NOW.minus(Duration.ofMinutes(30)), 15));
		this.greetings.greet(this.chat.turn("hi"), TurnFixture.NOW);
		assertThat(this.chat.voice.last().text()).contains("arrived 15 min late");
	}

	@Test
	void anOrderOnTimeOrLongAgoIsNotBroughtUp() {
		this.chat.with(anOrder().delivered(TurnFixture.NOW.minus(Duration.ofMinutes(30)), -10),
				anOrder().delivered(TurnFixture.NOW.minus(Duration.ofHours(50)), 40));
		this.greetings.greet(this.chat.turn("hi"), TurnFixture.NOW);
		assertThat(this.chat.voice.last().text()).isEqualTo("Hello! I am the Yordam assistant. How can I help?");
		assertThat(this.chat.voice.last().replies()).isEmpty();
		assertThat(this.chat.session.step()).isEqualTo(DialogueStep.NONE);
	}

	@Test
	void goodbyeAfterAServedRequestIsContained() {
		this.chat.session.understood(Intent.ORDER_STATUS, 0.9, "en", TurnFixture.NOW);
		this.greetings.bye(this.chat.turn("thanks"), TurnFixture.NOW);
		assertThat(this.chat.session.outcome()).isEqualTo(BotSession.Outcome.CONTAINED);
		assertThat(this.chat.voice.solved).isEqualTo(1);
	}

	@Test
	void goodbyeWithNothingSolvedClosesCountedNeitherWay() {
		this.chat.session.understood(Intent.GREETING, 0.9, "en", TurnFixture.NOW);
		this.greetings.bye(this.chat.turn("bye"), TurnFixture.NOW);
		assertThat(this.chat.session.mode()).isEqualTo(BotSession.Mode.CLOSED);
		assertThat(this.chat.session.outcome()).isNull();
		assertThat(this.chat.voice.solved).isEqualTo(1);
	}

	@Test
	void goodbyeWhileThePlaybooksOptionsAreOpenLeavesThemOpen() {
		this.chat.session.understood(Intent.MISSING_ITEM, 0.9, "en", TurnFixture.NOW);
		this.chat.session.offered(java.util.UUID.randomUUID(), "INCOMPLETE_ORDER: BONUS_CREDIT");
		this.greetings.bye(this.chat.turn("ok thanks"), TurnFixture.NOW);
		assertThat(this.chat.session.mode()).isEqualTo(BotSession.Mode.ACTIVE);
		assertThat(this.chat.voice.solved).isZero();
	}

}
