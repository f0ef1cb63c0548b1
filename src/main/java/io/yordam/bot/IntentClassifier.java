package io.yordam.bot;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.yordam.orders.OrderView;

/**
 * Rules first (a request for a person), then the model, then the live order as context: a
 * "where is my order" about an order already past its promised time is a late delivery.
 * Pure: the caller passes the order it knows of, if any.
 */
public final class IntentClassifier {

	/** How a message the bot could not read at all is marked ({@code decidedBy}). */
	static final String UNCLEAR = "rule:unclear";

	private final IntentModel model;

	IntentClassifier(IntentModel model) {
		this.model = model;
	}

	/** The classifier trained on the team's training set. */
	public static IntentClassifier standard() {
		return new IntentClassifier(IntentModel.standard());
	}

	/**
	 * The language the text is written in when the model is sure of it (at least
	 * {@code confidence} probable): a message mixing languages, or with too little to
	 * tell, says none.
	 */
	public Optional<String> confidentLanguage(String text, double confidence) {
		return this.model.languageScores(text)
			.entrySet()
			.stream()
			.max(Map.Entry.comparingByValue())
			.filter(best -> best.getValue() >= confidence)
			.map(Map.Entry::getKey);
	}

	public Classification classify(String text) {
		return classify(text, null, null);
	}

	/**
	 * @param order the order the message is about, when known: its lines resolve items,
	 * its state is context
	 * @param now the time the message arrived, to tell whether the order is late
	 */
	public Classification classify(String text, OrderView order, Instant now) {
		String language = this.model.language(text).orElse(null);
		Entities entities = EntityExtractor.extract(text);
		if (order != null) {
			entities = entities.withOrder(order.id().value(), EntityExtractor.items(text, order));
		}
		String anger = IntentRules.anger(text).orElse(null);
		String urgency = IntentRules.urgency(text).orElse(null);
		Map<Intent, Double> scores = this.model.intentScores(text);
		if (WordlessMessages.isWordless(text) || scores.isEmpty()) {
			return wordless(text, language, entities, anger);
		}
		List<Intent> ranked = scores.entrySet()
			.stream()
			.sorted(Map.Entry.<Intent, Double>comparingByValue().reversed())
			.map(Map.Entry::getKey)
			.toList();
		if (IntentRules.asksForPerson(text)) {
			// What the request for a person is about, for the agent's summary.
			return new Classification(Intent.HUMAN_AGENT, 1.0, language, entities, anger, "rule:person",
					ranked.stream().filter(i -> i != Intent.HUMAN_AGENT).limit(3).toList(), urgency);
		}
		Map.Entry<Intent, Double> best = Map.entry(ranked.get(0), scores.get(ranked.get(0)));
		List<Intent> runnersUp = ranked.subList(1, Math.min(4, ranked.size()));
		if (best.getKey() == Intent.ORDER_STATUS && order != null && now != null && order.status().isActive()
				&& order.isLateAt(now)) {
			return new Classification(Intent.DELIVERY_LATE, best.getValue(), language, entities, anger,
					"context:order-late", runnersUp, urgency);
		}
		return new Classification(best.getKey(), best.getValue(), language, entities, anger, "model", runnersUp,
				urgency);
	}

	/**
	 * Emoji, punctuation, or nothing the model knows: a thumbs-up is thanks, an angry
	 * face anger, anything else unclear (no confidence, so the bot asks what the customer
	 * needs, offering the commonest requests).
	 */
	private static Classification wordless(String text, String language, Entities entities, String anger) {
		return switch (WordlessMessages.of(text)) {
			case THANKS ->
				new Classification(Intent.THANKS_BYE, 1.0, language, entities, anger, "rule:symbols", List.of());
			case ANGER ->
				new Classification(Intent.OUT_OF_SCOPE, 1.0, language, entities, anger, "rule:symbols", List.of());
			case UNCLEAR -> new Classification(Intent.OUT_OF_SCOPE, 0.0, language, entities, anger, UNCLEAR,
					List.of(Intent.ORDER_STATUS, Intent.MISSING_ITEM));
		};
	}

}
