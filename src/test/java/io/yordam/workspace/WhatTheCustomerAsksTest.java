package io.yordam.workspace;

import java.util.List;

import io.yordam.bot.Intent;
import io.yordam.bot.IntentClassifier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a customer's messages are about, as real customers write them (the latest message
 * first): what happened to the order before the money it leads to.
 */
class WhatTheCustomerAsksTest {

	static IntentClassifier classifier;

	@BeforeAll
	static void train() {
		classifier = IntentClassifier.standard();
	}

	static Intent asks(String... latestFirst) {
		return WhatTheCustomerAsks.of(classifier, List.of(latestFirst));
	}

	@Test
	void aMissingItemPaidByCardIsAMissingItem() {
		assertThat(asks("Привезли заказ, а колы нет. Я оплатил картой, верните деньги")).isEqualTo(Intent.MISSING_ITEM);
		assertThat(asks("Buyurtmamda kola yoʻq, olib kelishmadi")).isEqualTo(Intent.MISSING_ITEM);
	}

	@Test
	void lateIsLateEvenAskedAsWhereIsTheCourier() {
		assertThat(asks("My order is an hour late, where is the courier?")).isEqualTo(Intent.DELIVERY_LATE);
		assertThat(asks("Курьер опаздывает уже на час")).isEqualTo(Intent.DELIVERY_LATE);
	}

	@Test
	void aThankYouAfterTheRequestChangesNothing() {
		assertThat(asks("Спасибо", "Привезли чужой заказ, это не моё")).isEqualTo(Intent.WRONG_ORDER);
		assertThat(asks("Здравствуйте")).isNull();
	}

	@Test
	void otherRequestsAndGeneralQuestions() {
		assertThat(asks("Промокод не работает, пишет что недействителен")).isEqualTo(Intent.PROMO_BONUS);
		// A general question names no topic: its words find the article.
		assertThat(asks("Сколько стоит доставка до Чиланзара?")).isNull();
	}

}
