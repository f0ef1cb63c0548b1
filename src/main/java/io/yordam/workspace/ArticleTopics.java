package io.yordam.workspace;

import java.util.List;
import java.util.Set;

import io.yordam.bot.Intent;
import io.yordam.knowledge.KnowledgeSuggestions.Topic;
import io.yordam.tickets.TicketCategory;

/**
 * Which articles answer a ticket: by its category (the bot's or the agent's choice) and
 * by what the customer asks (the bot's intent), the best article first. One table, so
 * that a new article is suggested by adding it here; an article not named is still
 * suggested when it is of the topic's categories and matches the customer's words.
 */
final class ArticleTopics {

	private static final Set<String> INCIDENTS = Set.of("INCIDENTS");

	private ArticleTopics() {
	}

	/** The category's articles first, then the intent's. */
	static Topic of(TicketCategory category, Intent intent) {
		return of(category).and(of(intent));
	}

	static Topic of(TicketCategory category) {
		if (category == null) {
			return Topic.NONE;
		}
		return switch (category) {
			case LATE_DELIVERY -> late();
			case DAMAGED_ORDER -> topic(INCIDENTS, "damaged-order", "compensation", "refunds");
			case INCOMPLETE_ORDER -> missing();
			case WRONG_ORDER -> topic(INCIDENTS, "wrong-order", "compensation", "refunds");
			case UNPAID_ORDER -> payment();
			case GENERAL_QUESTION -> Topic.NONE;
		};
	}

	static Topic of(Intent intent) {
		if (intent == null) {
			return Topic.NONE;
		}
		return switch (intent) {
			case ORDER_STATUS -> topic(Set.of("ORDERS", "DELIVERY"), "order-status");
			case DELIVERY_LATE -> late();
			case MISSING_ITEM -> missing();
			case DAMAGED_ORDER -> of(TicketCategory.DAMAGED_ORDER);
			case FOOD_QUALITY -> topic(INCIDENTS, "compensation", "refunds", "damaged-order");
			case WRONG_ORDER -> of(TicketCategory.WRONG_ORDER);
			case PAYMENT_PROBLEM -> payment();
			case CANCEL_ORDER -> topic(Set.of("ORDERS", "PAYMENT"), "refunds");
			case REFUND_STATUS -> topic(Set.of("PAYMENT"), "refunds");
			case PROMO_BONUS -> topic(Set.of("PROMO"), "promo-codes", "bonus-account");
			case CHANGE_ORDER -> topic(Set.of("ORDERS"), "order-status");
			case COURIER_COMPLAINT -> topic(Set.of("DELIVERY", "INCIDENTS"), "compensation");
			case ACCOUNT_HELP -> topic(Set.of("GENERAL"));
			// A general question is answered by its words; the others ask nothing.
			case FAQ, HUMAN_AGENT, GREETING, THANKS_BYE, OUT_OF_SCOPE -> Topic.NONE;
		};
	}

	private static Topic late() {
		return topic(Set.of("INCIDENTS", "DELIVERY"), "late-order", "compensation", "order-status");
	}

	private static Topic missing() {
		return topic(INCIDENTS, "missing-items", "compensation", "refunds");
	}

	private static Topic payment() {
		return topic(Set.of("PAYMENT"), "payment-methods", "refunds");
	}

	private static Topic topic(Set<String> categories, String... slugs) {
		return new Topic(List.of(slugs), categories);
	}

}
