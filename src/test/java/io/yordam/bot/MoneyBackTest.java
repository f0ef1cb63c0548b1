package io.yordam.bot;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MoneyBackTest {

	@Test
	void aDemandForMoneyBackInEachLanguageAndScript() {
		assertThat(MoneyBack.demanded("вы издеваетесь?! верните деньги немедленно!!!")).isTrue();
		assertThat(MoneyBack.demanded("хочу возврат за этот заказ")).isTrue();
		assertThat(MoneyBack.demanded("verni dengi pojaluysta")).isTrue();
		assertThat(MoneyBack.demanded("pulimni qaytaring")).isTrue();
		assertThat(MoneyBack.demanded("пулимни қайтаринглар")).isTrue();
		assertThat(MoneyBack.demanded("I want a refund now")).isTrue();
		assertThat(MoneyBack.demanded("give me my money back")).isTrue();
	}

	@Test
	void aQuestionAboutTheOrderIsNoDemand() {
		assertThat(MoneyBack.demanded("где мой заказ? уже час жду")).isFalse();
		assertThat(MoneyBack.demanded("buyurtmam qachon keladi")).isFalse();
		assertThat(MoneyBack.demanded("when will my order come back online")).isFalse();
		assertThat(MoneyBack.demanded("")).isFalse();
		assertThat(MoneyBack.demanded(null)).isFalse();
	}

}
