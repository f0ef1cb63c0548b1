package io.yordam.common;

import java.util.List;

/**
 * A light, conservative suffix stripper for Uzbek words in the folded skeleton
 * ({@link ScriptFolding}: both scripts, apostrophes dropped), so "Buxoroda", "Бухорода"
 * and "Buxoro" meet. Uzbek glues suffixes in a fixed order — stem, plural, possessive,
 * case, question particle — so they are taken off from the end in the reverse order, at
 * most one of each kind. Lucene has no Uzbek stemmer; this one only strips, never
 * rewrites: "ichimligi" stays "ichimlig" (the search's one typo and the classifier's
 * character n-grams cover the k/g alternation). A stem keeps at least three letters, and
 * the one-letter possessives (-i, -m) need a longer stem, so short words such as "uyda"
 * or "odam" stay as they are.
 */
public final class UzbekStemmer {

	private static final int MIN_STEM = 3;

	/** Question and emphasis particles: "bormi", "buyurtmachi". */
	private static final List<Suffix> PARTICLES = List.of(Suffix.any("mi"));

	/**
	 * Cases, and the locative and limit forms built on them ("Buxorodagi", "so'mgacha").
	 */
	private static final List<Suffix> CASES = List.of(Suffix.any("gacha"), Suffix.any("dagi"), Suffix.any("ning"),
			Suffix.any("dan"), Suffix.any("da"), Suffix.any("ga"), Suffix.after("ka", "k"), Suffix.after("qa", "q"),
			Suffix.any("ni"));

	/**
	 * Possessives: after a consonant -im, -ing, -i, -imiz, -ingiz; after a vowel -m, -ng,
	 * -si, -miz, -ngiz.
	 */
	private static final List<Suffix> POSSESSIVES = List.of(Suffix.any("ingiz"), Suffix.vowelBefore("ngiz"),
			Suffix.any("imiz"), Suffix.vowelBefore("miz"), Suffix.any("ing"), Suffix.vowelBefore("si"),
			Suffix.any("im"), Suffix.vowelBefore("ng").longer(5), Suffix.vowelBefore("m").longer(5),
			Suffix.consonantBefore("i").longer(4));

	private static final List<Suffix> PLURALS = List.of(Suffix.any("lar"));

	private static final List<List<Suffix>> FROM_THE_END = List.of(PARTICLES, CASES, POSSESSIVES, PLURALS);

	private UzbekStemmer() {
	}

	/**
	 * The word without its inflection; a word that is not lower-case Latin is returned as
	 * is.
	 */
	public static String stem(String word) {
		if (word == null || !word.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
			return word;
		}
		String stem = word;
		for (List<Suffix> kind : FROM_THE_END) {
			for (Suffix suffix : kind) {
				if (suffix.strips(stem)) {
					stem = stem.substring(0, stem.length() - suffix.text().length());
					break;
				}
			}
		}
		return stem;
	}

	/**
	 * The same stripping as regular expressions, one per kind of suffix in the order
	 * {@link #stem} takes them off, for a search engine that cannot run this class
	 * (OpenSearch's {@code pattern_replace} token filter, see
	 * {@link OpenSearchAnalysis}). Each alternative is a whole lower-case Latin word,
	 * tried in the order of the list; the replacement keeps the stem (the one group that
	 * took part).
	 */
	static List<Rule> rules() {
		return FROM_THE_END.stream().map(UzbekStemmer::rule).toList();
	}

	private static Rule rule(List<Suffix> kind) {
		StringBuilder pattern = new StringBuilder("^(?:");
		StringBuilder replacement = new StringBuilder();
		for (int i = 0; i < kind.size(); i++) {
			Suffix suffix = kind.get(i);
			pattern.append(i == 0 ? "" : "|")
				.append("([a-z]{")
				.append(suffix.minStem() - 1)
				.append(",}")
				.append(suffix.lastLetterClass())
				.append(')')
				.append(suffix.text());
			replacement.append('$').append(i + 1);
		}
		return new Rule(pattern.append(")$").toString(), replacement.toString());
	}

	/** A {@code pattern_replace}: a Java regular expression and its replacement. */
	record Rule(String pattern, String replacement) {
	}

	static boolean isVowel(char c) {
		return "aeiou".indexOf(c) >= 0;
	}

	/**
	 * A suffix, the letter it may follow (vowel, consonant, a given one, any), and the
	 * shortest stem it leaves.
	 */
	private record Suffix(String text, Before before, String letter, int minStem) {

		enum Before {

			ANY, VOWEL, CONSONANT, LETTER

		}

		static Suffix any(String text) {
			return new Suffix(text, Before.ANY, null, MIN_STEM);
		}

		static Suffix vowelBefore(String text) {
			return new Suffix(text, Before.VOWEL, null, MIN_STEM);
		}

		static Suffix consonantBefore(String text) {
			return new Suffix(text, Before.CONSONANT, null, MIN_STEM);
		}

		static Suffix after(String text, String letter) {
			return new Suffix(text, Before.LETTER, letter, MIN_STEM);
		}

		Suffix longer(int minStem) {
			return new Suffix(this.text, this.before, this.letter, minStem);
		}

		/** The last letter of the stem, as a regular expression's character class. */
		String lastLetterClass() {
			return switch (this.before) {
				case ANY -> "[a-z]";
				case VOWEL -> "[aeiou]";
				case CONSONANT -> "[b-df-hj-np-tv-z]";
				case LETTER -> this.letter;
			};
		}

		boolean strips(String word) {
			int stemLength = word.length() - this.text.length();
			if (stemLength < this.minStem || !word.endsWith(this.text)) {
				return false;
			}
			char last = word.charAt(stemLength - 1);
			return switch (this.before) {
				case ANY -> true;
				case VOWEL -> isVowel(last);
				case CONSONANT -> !isVowel(last);
				case LETTER -> this.letter.charAt(0) == last;
			};
		}

	}

}
