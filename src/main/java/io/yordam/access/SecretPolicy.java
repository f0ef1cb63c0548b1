package io.yordam.access;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Whether a configured secret may guard production: never a placeholder or a demo value,
 * and, for a key that signs (the platform's HMAC secret, the token secret), at least 128
 * bits as far as its text lets us estimate. The estimate is the empirical entropy of its
 * shortest repeating block, of the characters or of the steps between them, whichever is
 * lower: {@code aaaa…}, {@code abab…} and {@code abcdef…} are caught, what
 * {@code openssl rand -base64 48} prints is far above the bar.
 */
final class SecretPolicy {

	static final String HOW_TO_GENERATE = "generate one with: openssl rand -base64 48";

	static final int MIN_BITS = 128;

	static final int MIN_DISTINCT = 12;

	/**
	 * Words that mark a value someone meant to replace, wherever they appear. Five
	 * letters or more: a random key contains one by chance about once in a hundred
	 * thousand.
	 */
	static final List<String> PLACEHOLDER_WORDS = List.of("change-me", "changeme", "change_me", "change me",
			"replace-me", "replaceme", "replace_me", "secret", "password", "passwd", "example", "placeholder",
			"default", "fixme", "123456", "qwerty", "letmein");

	/** Shorter words that mark a placeholder when they stand alone ({@code demo-key}). */
	static final List<String> PLACEHOLDER_TOKENS = List.of("demo", "todo", "test", "xxx", "xxxx", "your", "tbd",
			"dummy", "sample", "fake");

	/** Whole values that are well-known defaults. */
	static final List<String> KNOWN_DEFAULTS = List.of("guest", "admin", "root", "postgres", "yordam", "test", "sa",
			"demo-platform-secret-change-me", "demo-platform-token-secret-change-me-0123456789");

	private SecretPolicy() {
	}

	/** A key that signs: no placeholder, and enough entropy. */
	static Verdict signingKey(String value) {
		Verdict placeholder = notAPlaceholder(value);
		if (placeholder instanceof Verdict.Refused) {
			return placeholder;
		}
		if (value.codePoints().distinct().count() < MIN_DISTINCT) {
			return new Verdict.Refused("has fewer than " + MIN_DISTINCT + " distinct characters");
		}
		long bits = Math.round(estimatedBits(value));
		if (bits < MIN_BITS) {
			return new Verdict.Refused(
					"is too predictable (about " + bits + " bits, at least " + MIN_BITS + " needed)");
		}
		return new Verdict.Accepted();
	}

	/** A password we do not choose (the database's): set, and no placeholder. */
	static Verdict notAPlaceholder(String value) {
		if (value == null || value.isBlank()) {
			return new Verdict.Refused("is not set");
		}
		String lower = value.toLowerCase(Locale.ROOT).strip();
		if (KNOWN_DEFAULTS.contains(lower)) {
			return new Verdict.Refused("is a well-known default value");
		}
		for (String word : PLACEHOLDER_WORDS) {
			if (lower.contains(word)) {
				return new Verdict.Refused("looks like a placeholder or demo value (contains \"" + word + "\")");
			}
		}
		for (String token : lower.split("[^\\p{L}\\p{N}]+")) {
			if (PLACEHOLDER_TOKENS.contains(token)) {
				return new Verdict.Refused("looks like a placeholder or demo value (contains \"" + token + "\")");
			}
		}
		return new Verdict.Accepted();
	}

	static double estimatedBits(String value) {
		int[] block = shortestRepeatingBlock(value.codePoints().toArray());
		int[] steps = new int[Math.max(0, block.length - 1)];
		for (int i = 1; i < block.length; i++) {
			steps[i - 1] = block[i] - block[i - 1];
		}
		// The first character carries at most log2 of a printable alphabet.
		double stepsBits = (block.length == 0) ? 0 : entropyPerSymbol(steps) * steps.length + 6.6;
		return Math.min(entropyPerSymbol(block) * block.length, stepsBits);
	}

	/** The prefix whose repetition makes up the whole value (KMP's failure function). */
	static int[] shortestRepeatingBlock(int[] s) {
		if (s.length == 0) {
			return s;
		}
		int[] fail = new int[s.length];
		for (int i = 1, k = 0; i < s.length; i++) {
			while (k > 0 && s[i] != s[k]) {
				k = fail[k - 1];
			}
			if (s[i] == s[k]) {
				k++;
			}
			fail[i] = k;
		}
		return java.util.Arrays.copyOf(s, s.length - fail[s.length - 1]);
	}

	private static double entropyPerSymbol(int[] symbols) {
		if (symbols.length == 0) {
			return 0;
		}
		Map<Integer, Integer> counts = new HashMap<>();
		for (int symbol : symbols) {
			counts.merge(symbol, 1, Integer::sum);
		}
		double bits = 0;
		for (int count : counts.values()) {
			double p = (double) count / symbols.length;
			bits -= p * (Math.log(p) / Math.log(2));
		}
		return bits;
	}

	/** The decision: accepted, or refused with what is wrong (never the value itself). */
	sealed interface Verdict {

		record Accepted() implements Verdict {
		}

		record Refused(String why) implements Verdict {
		}

	}

}
