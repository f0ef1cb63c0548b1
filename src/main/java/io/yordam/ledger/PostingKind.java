package io.yordam.ledger;

/**
 * What support paid for, and so which accounts the money moves between. Every posting
 * takes its amount from a support expense account and gives it to the account that
 * receives it: the entries of a transaction always sum to zero.
 */
public enum PostingKind {

	/** Credit to the customer's bonus account in the app. */
	BONUS_CREDIT("expense:compensation", "customer:%s:bonus"),

	/** Money back to the original payment (card). */
	REFUND("expense:refunds", "customer:%s:payment"),

	/** Support pays the delivery fee of a re-delivery or a late order. */
	FREE_DELIVERY("expense:delivery", "customer:%s:delivery"),

	/** The goods sent again (re-delivery, missing items, replacement). */
	REDELIVERY("expense:redelivery", "customer:%s:goods");

	private final String source;

	private final String destination;

	PostingKind(String source, String destination) {
		this.source = source;
		this.destination = destination;
	}

	String source() {
		return this.source;
	}

	String destination(String customerId) {
		return this.destination.formatted(customerId);
	}

	/** The account whose sum is the customer's bonus balance. */
	static String bonusAccount(String customerId) {
		return BONUS_CREDIT.destination(customerId);
	}

}
