package io.yordam.bot;

import java.util.List;

import io.yordam.orders.OrderStatus;
import io.yordam.orders.OrderView;
import org.junit.jupiter.api.Test;

import static io.yordam.bot.OrderViewBuilder.anOrder;
import static org.assertj.core.api.Assertions.assertThat;

/** The dialogue's step that chooses the order a request is about. */
class OrderChoiceTest {

	final TurnFixture chat = new TurnFixture();

	/**
	 * No words here reach the knowledge base: it is asked only when there is no order.
	 */
	final OrderChoice choice = new OrderChoice(new KnowledgeAnswers(null));

	static Classification saying(Intent intent, String... numbers) {
		return new Classification(intent, 0.9, "en",
				new Entities(List.of(numbers), null, List.of(), List.of(), List.of(), List.of()), null, "model",
				List.of());
	}

	@Test
	void withSeveralActiveOrdersTheBotAsksWhichWithOneButtonEach() {
		this.chat.with(anOrder().number("1041").from("Rayhon"), anOrder().number("1042").from("Oqtepa"));
		Turn turn = this.chat.turn("where is my order");
		assertThat(this.choice.choose(turn, Intent.ORDER_STATUS, saying(Intent.ORDER_STATUS), TurnFixture.NOW))
			.isEmpty();
		assertThat(this.chat.session.step()).isEqualTo(DialogueStep.PICK_ORDER);
		assertThat(this.chat.voice.last().text()).isEqualTo("Which order is it about?");
		assertThat(this.chat.voice.last().labels()).containsExactly("№1041 · Rayhon", "№1042 · Oqtepa");
		assertThat(this.chat.voice.last().ids()).allSatisfy(id -> assertThat(BotButton.parse(id))
			.hasValueSatisfying(button -> assertThat(button.kind()).isEqualTo(BotButton.Kind.ORDER)));
		assertThat(this.chat.voice.handOffs).isEmpty();
	}

	@Test
	void atMostSixOrdersAreOffered() {
		for (int i = 0; i < 8; i++) {
			this.chat.with(anOrder());
		}
		this.choice.choose(this.chat.turn("where is it"), Intent.ORDER_STATUS, saying(Intent.ORDER_STATUS),
				TurnFixture.NOW);
		assertThat(this.chat.voice.last().replies()).hasSize(OrderChoice.MOST_OFFERED);
	}

	@Test
	void aNumberTheCustomerWroteChoosesAmongSeveral() {
		this.chat.with(anOrder().number("E24-1041"), anOrder().number("E24-1042"));
		assertThat(this.choice.choose(this.chat.turn("where is 1042"), Intent.ORDER_STATUS,
				saying(Intent.ORDER_STATUS, "1042"), TurnFixture.NOW))
			.map(OrderView::number)
			.contains("E24-1042");
		assertThat(this.chat.voice.said).isEmpty();
	}

	@Test
	void theOrderTheDialogueIsAboutStaysChosen() {
		this.chat.with(anOrder().number("1041"), anOrder().number("1042"));
		this.chat.session.about(this.chat.orders.get(1).id().value());
		assertThat(this.choice.choose(this.chat.turn("and cancel it"), Intent.CANCEL_ORDER, saying(Intent.CANCEL_ORDER),
				TurnFixture.NOW))
			.map(OrderView::number)
			.contains("1042");
	}

	@Test
	void aClaimAboutTheBagIsAboutTheOrderJustDeliveredNotTheOneCooking() {
		this.chat.with(anOrder().number("1043").status(OrderStatus.COOKING),
				anOrder().number("1042").delivered(TurnFixture.NOW.minusSeconds(1200), 0));
		assertThat(this.choice.choose(this.chat.turn("the cola is missing"), Intent.MISSING_ITEM,
				saying(Intent.MISSING_ITEM), TurnFixture.NOW))
			.map(OrderView::number)
			.contains("1042");
	}

	@Test
	void noOrderAtAllIsForAPerson() {
		Turn turn = this.chat.turn("Where is my order");
		assertThat(this.choice.choose(turn, Intent.ORDER_STATUS, null, TurnFixture.NOW)).isEmpty();
		assertThat(this.chat.voice.said).extracting(ListeningVoice.Said::text)
			.containsExactly("I cannot find any orders on your account.");
		assertThat(this.chat.voice.handOffs).containsExactly("no-order");
	}

}
