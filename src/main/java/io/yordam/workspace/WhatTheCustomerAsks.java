package io.yordam.workspace;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import io.yordam.bot.Classification;
import io.yordam.bot.Intent;
import io.yordam.bot.IntentClassifier;

/**
 * What a customer's messages are about, for the articles to suggest: the bot's intent of
 * each message and of each of its sentences, the model's runner-up too when it is unsure.
 * What happened to the order (missing, late, damaged, wrong, the food, the courier) is
 * the topic before the money it leads to: "the cola is missing, I paid by card, refund
 * me" is a missing item, not a question about payment.
 */
final class WhatTheCustomerAsks {

	/** Below this the classifier's guess is no topic (as the bot, which then asks). */
	static final double SURE = 0.30;

	/** Below this the runner-up may be what the customer means. */
	static final double UNSURE = 0.60;

	private static final Set<Intent> WHAT_HAPPENED = Set.of(Intent.MISSING_ITEM, Intent.DELIVERY_LATE,
			Intent.DAMAGED_ORDER, Intent.WRONG_ORDER, Intent.FOOD_QUALITY, Intent.COURIER_COMPLAINT);

	private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?;])\\s+|\\n+");

	private WhatTheCustomerAsks() {
	}

	/**
	 * @param said the customer's messages, the latest first
	 * @return the intent the articles should answer, or null when none names a topic
	 */
	static Intent of(IntentClassifier classifier, List<String> said) {
		List<Intent> heard = new ArrayList<>();
		for (String text : said) {
			List<String> parts = new ArrayList<>(List.of(text));
			String[] sentences = SENTENCE_END.split(text.strip());
			if (sentences.length > 1) {
				parts.addAll(List.of(sentences));
			}
			for (String part : parts) {
				Classification understood = classifier.classify(part);
				if (understood.confidence() >= SURE) {
					heard.add(understood.intent());
				}
				if (understood.confidence() < UNSURE && !understood.runnersUp().isEmpty()) {
					heard.add(understood.runnersUp().get(0));
				}
			}
			List<Intent> topics = heard.stream().filter(i -> ArticleTopics.of(i).isKnown()).toList();
			if (!topics.isEmpty()) {
				// The latest message that asks something decides.
				return topics.stream().filter(WHAT_HAPPENED::contains).findFirst().orElse(topics.get(0));
			}
		}
		return null;
	}

}
