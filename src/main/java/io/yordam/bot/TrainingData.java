package io.yordam.bot;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import io.yordam.common.ScriptFolding;

/**
 * The team-written training set, augmented the way customers actually vary: each line
 * once more with a typo, and each Cyrillic line once more in Latin letters (Russian typed
 * in Latin, Uzbek in its Latin script). The test sets are never read here.
 */
final class TrainingData {

	static final List<String> FILES = List.of("bot/training/ru.tsv", "bot/training/uz.tsv", "bot/training/en.tsv");

	private TrainingData() {
	}

	static List<LabelledText> written() {
		List<LabelledText> lines = new ArrayList<>();
		FILES.forEach(file -> lines.addAll(LabelledText.readResource(file)));
		return lines;
	}

	static List<LabelledText> augmented(List<LabelledText> written) {
		List<LabelledText> lines = new ArrayList<>(written);
		for (LabelledText line : written) {
			Random random = new Random(line.text().hashCode());
			lines.add(new LabelledText(line.language(), line.intent(), withTypo(line.text(), random)));
			if (line.text()
				.codePoints()
				.anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.CYRILLIC)) {
				lines.add(new LabelledText(line.language(), line.intent(), ScriptFolding.fold(line.text())));
			}
		}
		return lines;
	}

	/** A dropped, doubled or swapped letter in one word of four letters or more. */
	static String withTypo(String text, Random random) {
		String[] words = text.split(" ");
		List<Integer> candidates = new ArrayList<>();
		for (int i = 0; i < words.length; i++) {
			if (words[i].length() >= 4 && words[i].chars().allMatch(Character::isLetter)) {
				candidates.add(i);
			}
		}
		if (candidates.isEmpty()) {
			return text;
		}
		int which = candidates.get(random.nextInt(candidates.size()));
		StringBuilder word = new StringBuilder(words[which]);
		int at = 1 + random.nextInt(word.length() - 2);
		switch (random.nextInt(3)) {
			case 0 -> word.deleteCharAt(at);
			case 1 -> word.insert(at, word.charAt(at));
			default -> {
				char c = word.charAt(at);
				word.setCharAt(at, word.charAt(at + 1));
				word.setCharAt(at + 1, c);
			}
		}
		words[which] = word.toString();
		return String.join(" ", words);
	}

}
