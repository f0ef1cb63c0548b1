package io.yordam.bot;

import java.util.Arrays;
import java.util.Locale;

/**
 * What a customer's message is about. The wire names are fixed: integrations and reports
 * rely on them (see INTENTS.md for each one's boundary).
 */
public enum Intent {

	ORDER_STATUS, DELIVERY_LATE, MISSING_ITEM, DAMAGED_ORDER, FOOD_QUALITY, WRONG_ORDER, PAYMENT_PROBLEM, CANCEL_ORDER,
	REFUND_STATUS, PROMO_BONUS, CHANGE_ORDER, COURIER_COMPLAINT, ACCOUNT_HELP, HUMAN_AGENT, GREETING, THANKS_BYE, FAQ,
	OUT_OF_SCOPE;

	public String wireName() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Intent of(String wireName) {
		return Arrays.stream(values())
			.filter(i -> i.wireName().equals(wireName))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("Unknown intent " + wireName));
	}

}
