package io.yordam.analytics;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A question's words made comparable: lower case, apostrophes of Uzbek Latin folded,
 * order numbers, digits and punctuation dropped, and each word cut to its first five
 * letters (a crude stem that keeps "заказ", "заказа" and "заказы" together, as "buyurtma"
 * and "buyurtmam"). Two questions are alike when their stems overlap by half or more.
 */
final class QuestionWords {

	static final double ALIKE = 0.5;

	private static final Pattern ORDER_NUMBER = Pattern.compile("\\b[a-z]\\d{2}-[\\w-]+\\b");

	private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}]+");

	private QuestionWords() {
	}

	/** The question's key: its stems, in order, at most 200 characters. */
	static String key(String text) {
		String key = String.join(" ", stems(text));
		return (key.length() > 200) ? key.substring(0, 200) : key;
	}

	static Set<String> stems(String text) {
		String folded = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFC)
			.replaceAll("[ʻʼ'`’‘]", "");
		folded = ORDER_NUMBER.matcher(folded).replaceAll(" ");
		Set<String> stems = new TreeSet<>();
		for (String word : NOT_LETTERS.split(folded)) {
			if (word.length() >= 2) {
				stems.add((word.length() > 5) ? word.substring(0, 5) : word);
			}
		}
		return stems;
	}

	static boolean alike(Set<String> a, Set<String> b) {
		if (a.isEmpty() || b.isEmpty()) {
			return false;
		}
		long common = a.stream().filter(b::contains).count();
		return (double) common / (a.size() + b.size() - common) >= ALIKE;
	}

}
