package io.yordam.bot;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.yordam.incidents.IncidentFacts.FoodProblem;

/** What was wrong with the food, from the customer's words (in the folded skeleton). */
final class FoodProblems {

	private static final Map<FoodProblem, List<String>> WRITTEN = Map.of(FoodProblem.COLD,
			List.of("holod", "ostil", "ostiv", "sovuk", "sovib", "cold", "chilled", "muzdek", "ledian", "teplovat"),
			FoodProblem.UNDERCOOKED,
			List.of("sir", "nedojar", "nedovar", "nedopech", "hom", "pishmag", "raw", "undercook", "pink", "krov"),
			FoodProblem.FOREIGN_OBJECT,
			List.of("volos", "soch", "hair", "kamen", "tosh", "stekl", "shisha", "plastik", "plastic", "nasekom",
					"tarakan", "muha", "pashsha", "bug", "insect", "musor", "object", "begona", "postoron"),
			FoodProblem.SPOILED, List.of("isporch", "protuh", "kisl", "vonya", "zapah", "buzil", "aynig", "ainig",
					"hid", "spoil", "rotten", "sour", "smell", "expired", "tuhl", "gnil", "otrav"));

	/** The stems in the skeleton the message is compared in, folded once. */
	private static final Map<FoodProblem, List<String>> STEMS = WRITTEN.entrySet()
		.stream()
		.collect(java.util.stream.Collectors.toMap(Map.Entry::getKey,
				e -> e.getValue().stream().map(IntentRules::skeletonText).toList()));

	private FoodProblems() {
	}

	static Optional<FoodProblem> of(String text) {
		List<String> words = Arrays.asList(IntentRules.skeletonText(text).split(" "));
		for (var entry : STEMS.entrySet()) {
			for (String stem : entry.getValue()) {
				// "sir" (raw) must be the word itself, not the start of "sirop".
				boolean found = (stem.length() <= 3)
						? words.contains(stem) || words.contains(stem + "oi") || words.contains(stem + "aia")
						: words.stream().anyMatch(w -> w.startsWith(stem));
				if (found) {
					return Optional.of(entry.getKey());
				}
			}
		}
		return Optional.empty();
	}

}
