package io.yordam.bot;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.yordam.orders.OrderView;

import org.springframework.stereotype.Component;

/**
 * Understanding a customer's words, before anything is answered: which order they are
 * likely about (the intent depends on its state), what they ask and in which language,
 * whether the bot steps aside at once ({@link BotLimits}), whether they answer the
 * question the bot asked, and whether the bot is sure enough to act.
 */
@Component
class Understanding {

	/** Fewer letters than this say nothing of the language ("ok", "?"). */
	static final int LETTERS_FOR_A_LANGUAGE = 3;

	/**
	 * How sure the language model must be before the bot switches: a message mixing
	 * Russian and Uzbek words ("zakaz qayerda") keeps the conversation's language.
	 */
	static final double SURE_OF_THE_LANGUAGE = 0.6;

	private final IntentClassifier classifier;

	private final BotLimits limits;

	private final BotProperties properties;

	Understanding(IntentClassifier classifier, BotLimits limits, BotProperties properties) {
		this.classifier = classifier;
		this.limits = limits;
		this.properties = properties;
	}

	Understood understand(Turn turn, String text, Instant now) {
		BotSession session = turn.session();
		OrderView likely = turn.orders()
			.likely(EntityExtractor.extract(text).orderNumbers(), session.orderId(), turn.chatOrderId())
			.orElse(null);
		Classification understood = this.classifier.classify(text, likely, now);
		String language = languageOf(text, this.classifier.confidentLanguage(text, SURE_OF_THE_LANGUAGE).orElse(null),
				session.language());
		if (this.limits.check(session, understood, text) instanceof BotLimits.PersonNeeded person) {
			return new Understood.StepAside(understood, language, person.reason(), person.pressing());
		}
		Optional<Gathered> answer = answerToTheQuestion(turn, text, understood);
		if (answer.isPresent()) {
			return new Understood.Answer(understood, language, answer.get());
		}
		if (understood.confidence() < this.properties.unsureBelow() && understood.intent() != Intent.HUMAN_AGENT) {
			// "?" or "..." asks what they need; words it could not place, to say it
			// again.
			return new Understood.Unsure(understood, language,
					IntentClassifier.UNCLEAR.equals(understood.decidedBy()) ? "bot.unclear" : "bot.unsure");
		}
		return new Understood.Request(understood, language);
	}

	/**
	 * The language to answer in after a message: the one it was confidently written in
	 * ({@code detected}), when it has enough letters to tell; otherwise the current one
	 * (an emoji, a number, "ok").
	 */
	static String languageOf(String text, String detected, String current) {
		boolean tells = detected != null
				&& text.codePoints().filter(Character::isLetter).count() >= LETTERS_FOR_A_LANGUAGE;
		return tells ? detected : current;
	}

	/**
	 * Words that answer what the bot asked: an item's name, the food's problem, what came
	 * instead.
	 */
	private static Optional<Gathered> answerToTheQuestion(Turn turn, String text, Classification understood) {
		Gathered gathered = turn.gathered();
		return switch (turn.session().step()) {
			case PICK_ITEMS -> turn.orders().byId(gathered.orderId()).flatMap(order -> {
				List<String> skus = EntityExtractor.items(text, order).stream().map(Entities.Item::sku).toList();
				return skus.isEmpty() ? Optional.empty() : Optional.of(gathered.withItems(skus));
			});
			case FOOD_PROBLEM -> FoodProblems.of(text).map(gathered::withProblem);
			case WHAT_CAME -> turn.orders()
				.byId(gathered.orderId())
				.flatMap(order -> WhatCame.cameAnswer(turn, gathered, order, text, understood));
			default -> Optional.empty();
		};
	}

}
