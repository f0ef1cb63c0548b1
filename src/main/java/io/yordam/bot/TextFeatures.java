package io.yordam.bot;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import io.yordam.common.ScriptFolding;

/**
 * What the classifiers see of a message. For the intent: words and word pairs as written,
 * the same over the script-folded text, character 3- and 4-grams of the folded words,
 * which carry typos and word forms, and each word's stem or sense where it differs from
 * the word ({@link WordSenses}), so "reimbursement" and "buyurtmalarim" meet "refund" and
 * "buyurtma". A template's placeholder ("{{Order Number}}") reads as a number. For the
 * language: characters as written (the scripts and letters such as ў or ы decide most of
 * it) and the words.
 */
final class TextFeatures {

	private static final Pattern SPLIT = Pattern.compile("[^\\p{L}\\p{Nd}]+");

	private static final Pattern NUMBER = Pattern.compile("\\p{Nd}+");

	private static final Pattern PLACEHOLDER = Pattern.compile("(\\{\\{[^{}]{0,40}\\}\\})+");

	private static final Pattern C_AS_K = Pattern.compile("c(?!h)");

	private TextFeatures() {
	}

	static Map<String, Double> ofIntent(String message) {
		// A template's placeholder ("order {{Order Number}}") is a value, as a number is.
		String text = PLACEHOLDER.matcher(message).replaceAll(" 0 ");
		Map<String, Double> features = new HashMap<>();
		List<String> written = words(text.toLowerCase(Locale.ROOT));
		List<String> plain = words(ScriptFolding.fold(text));
		List<String> folded = new ArrayList<>();
		for (String word : plain) {
			folded.add(skeleton(word));
		}
		addWords(features, "w", written);
		addWords(features, "f", folded);
		// What a word stands for, where that is more than its spelling: its stem
		// ("buyurtmalarim", "switched") or its sense ("reimbursement" is a refund).
		for (String sense : WordSenses.of(String.join(" ", plain))) {
			String skeleton = skeleton(sense);
			if (!folded.contains(skeleton)) {
				features.merge("n:" + skeleton, 1.0, Double::sum);
			}
		}
		for (String word : folded) {
			String padded = " " + word + " ";
			for (int n = 3; n <= 4; n++) {
				for (int i = 0; i + n <= padded.length(); i++) {
					features.merge("c:" + padded.substring(i, i + n), 0.5, Double::sum);
				}
			}
		}
		if (folded.size() <= 2) {
			// Short messages ("salom", "спасибо") are a kind of their own.
			features.put("len:short", 1.0);
		}
		return normalized(features);
	}

	static Map<String, Double> ofLanguage(String text) {
		Map<String, Double> features = new HashMap<>();
		String lower = text.toLowerCase(Locale.ROOT);
		for (String word : words(lower)) {
			features.merge("w:" + word, 1.0, Double::sum);
			String padded = " " + word + " ";
			for (int n = 1; n <= 3; n++) {
				for (int i = 0; i + n <= padded.length(); i++) {
					features.merge("c:" + padded.substring(i, i + n), 1.0, Double::sum);
				}
			}
		}
		lower.codePoints()
			.filter(cp -> "'‘’ʻʼ`".indexOf(cp) >= 0)
			.forEach(cp -> features.merge("apostrophe", 1.0, Double::sum));
		return normalized(features);
	}

	/**
	 * The spellings people use for one sound in transliterated Russian and Uzbek Latin
	 * meet: "x/kh/h", "zh/j", "sh/w", "y/i", "c/k", doubled letters.
	 */
	static String skeleton(String folded) {
		String s = folded.replace("shch", "sh")
			.replace("sch", "sh")
			.replace('w', 'ш')
			.replace("zh", "j")
			.replace("kh", "h")
			.replace('x', 'h')
			.replace('q', 'k')
			.replace('y', 'i')
			.transform(w -> C_AS_K.matcher(w).replaceAll("k"));
		s = s.replace("ш", "sh");
		StringBuilder out = new StringBuilder(s.length());
		for (int i = 0; i < s.length(); i++) {
			if (i == 0 || s.charAt(i) != s.charAt(i - 1)) {
				out.append(s.charAt(i));
			}
		}
		return out.toString();
	}

	private static List<String> words(String text) {
		List<String> words = new ArrayList<>();
		for (String word : SPLIT.split(text)) {
			if (!word.isEmpty()) {
				words.add(NUMBER.matcher(word).matches() ? "<num>" : word);
			}
		}
		return words;
	}

	private static void addWords(Map<String, Double> features, String prefix, List<String> words) {
		for (int i = 0; i < words.size(); i++) {
			features.merge(prefix + ":" + words.get(i), 1.0, Double::sum);
			if (i > 0) {
				features.merge(prefix + "2:" + words.get(i - 1) + "_" + words.get(i), 1.0, Double::sum);
			}
		}
	}

	/** Unit length, so a long message does not outvote a short one by its size. */
	private static Map<String, Double> normalized(Map<String, Double> features) {
		double norm = Math.sqrt(features.values().stream().mapToDouble(v -> v * v).sum());
		if (norm > 0) {
			features.replaceAll((k, v) -> v / norm);
		}
		return features;
	}

}
