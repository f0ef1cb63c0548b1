package io.yordam.reputation;

import java.util.Set;

import io.yordam.bot.Classification;
import io.yordam.bot.Intent;
import io.yordam.bot.IntentClassifier;

/**
 * What a review says, by the bot's own models: the language it is written in and what it
 * is about (the intent, as the reason behind the rating). Words that ask nothing of
 * support (thanks, a greeting, something off topic) give no reason.
 */
final class ReviewReading {

	private static final Set<Intent> NO_REASON = Set.of(Intent.GREETING, Intent.THANKS_BYE, Intent.OUT_OF_SCOPE,
			Intent.HUMAN_AGENT);

	record Read(String language, String reason) {

		static final Read NOTHING = new Read(null, null);

	}

	private final IntentClassifier classifier;

	ReviewReading(IntentClassifier classifier) {
		this.classifier = classifier;
	}

	Read read(String text) {
		if (text == null || text.isBlank()) {
			return Read.NOTHING;
		}
		Classification understood = this.classifier.classify(text);
		String reason = NO_REASON.contains(understood.intent()) ? null : understood.intent().wireName();
		return new Read(understood.language(), reason);
	}

}
