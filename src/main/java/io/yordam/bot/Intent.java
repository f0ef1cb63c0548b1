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

	/**
	 * A request the bot can act on, as opposed to a greeting, thanks, a request for a
	 * person or words it could not place: the conversation's intent is its first request,
	 * a request after the bot closed the conversation is a new contact, and only a
	 * request is offered back as a button when the bot is unsure.
	 */
	boolean isRequest() {
		return switch (this) {
			case GREETING, THANKS_BYE, OUT_OF_SCOPE, HUMAN_AGENT -> false;
			default -> true;
		};
	}

	public static Intent of(String wireName) {
		return Arrays.stream(values())
			.filter(i -> i.wireName().equals(wireName))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("Unknown intent " + wireName));
	}

}
