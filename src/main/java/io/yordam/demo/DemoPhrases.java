package io.yordam.demo;

import java.util.List;
import java.util.Map;

/**
 * What demo customers write to support, by reason and language, the way people type in a
 * delivery app (Uzbek in Latin script mostly, sometimes Cyrillic).
 */
final class DemoPhrases {

	private static final Map<Reason, Map<String, List<String>>> TEXTS = Map
		.of(Reason.LATE, Map.of("ru",
				List.of("Где мой заказ? Уже час жду", "Курьер опаздывает, когда привезут?",
						"Заказ должен был приехать давно, что случилось?", "Почему время доставки опять перенесли?"),
				"uz",
				List.of("Buyurtmam qayerda? Kuryer kechikyapti", "Bir soatdan beri kutyapman, buyurtma qachon keladi?",
						"Yetkazib berish vaqti yana o'zgardi, nima bo'ldi?", "Буюртмам қаерда? Курьер кечикяпти"),
				"en",
				List.of("Where is my order? I've been waiting for an hour",
						"The courier is late, when will my food arrive?",
						"My delivery time keeps moving, what's going on?")),
				Reason.PAYMENT,
				Map.of("ru",
						List.of("Не прошла оплата картой, деньги списались?", "Карта отклонена, что делать с заказом?",
								"Оплата не проходит, могу оплатить наличными?"),
						"uz",
						List.of("Karta orqali to'lov o'tmadi", "To'lov o'tmadi, naqd pul bilan to'lasam bo'ladimi?",
								"Kartadan pul yechildimi? Buyurtma to'lanmagan deb chiqyapti"),
						"en",
						List.of("My card was declined, can I pay cash instead?",
								"Payment failed but the money left my account?")),
				Reason.AFTER_DELIVERY,
				Map.of("ru", List
					.of("В заказе не хватает напитка", "Привезли не тот заказ", "Еда пришла холодной, и пакет порван"),
						"uz",
						List.of("Buyurtmada ichimlik yo'q", "Noto'g'ri buyurtma keltirishdi",
								"Ovqat sovuq keldi, paket yirtilgan"),
						"en",
						List.of("My order is missing the drink", "I got someone else's order",
								"The food arrived cold and the bag was torn")),
				Reason.QUESTION,
				Map.of("ru",
						List.of("Можно поменять адрес доставки?", "Подскажите, когда приедет курьер?",
								"Можно добавить к заказу соус?"),
						"uz",
						List.of("Manzilni o'zgartirsam bo'ladimi?", "Kuryer qachon yetib keladi?",
								"Buyurtmaga non qo'shsa bo'ladimi?"),
						"en", List.of("Can I change the delivery address?", "When will the courier arrive?",
								"Could you add extra sauce to my order?")));

	private DemoPhrases() {
	}

	static List<String> of(Reason reason, String locale) {
		Map<String, List<String>> byLocale = TEXTS.get(reason);
		return byLocale.getOrDefault(locale, byLocale.get("ru"));
	}

	enum Reason {

		LATE, PAYMENT, AFTER_DELIVERY, QUESTION

	}

}
