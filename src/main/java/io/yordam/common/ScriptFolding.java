package io.yordam.common;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Folds Russian and Uzbek, in either script, into one lower-case Latin skeleton: the same
 * mapping the search index's {@code folded} analyzer reads ({@code search/folding.txt}),
 * so the bot and the search agree that "буюртма", "buyurtma" and "buyurtma'" are one
 * word. Anything that is not a letter or digit becomes a space.
 */
public final class ScriptFolding {

	private static final Pattern RULE = Pattern.compile("^\"(.+)\"\\s*=>\\s*\"(.*)\"$");

	private static final Map<Integer, String> MAPPING = load();

	private ScriptFolding() {
	}

	public static String fold(String text) {
		if (text == null) {
			return "";
		}
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFC);
		StringBuilder out = new StringBuilder(decomposed.length() + 8);
		decomposed.codePoints().forEach(cp -> {
			String mapped = MAPPING.get(cp);
			if (mapped != null) {
				out.append(mapped);
			}
			else if (Character.isLetterOrDigit(cp)) {
				out.append(asciiLower(cp));
			}
			else {
				out.append(' ');
			}
		});
		return out.toString().replaceAll("\\s+", " ").strip();
	}

	/** Latin letters with diacritics lose them (ё is mapped before this). */
	private static String asciiLower(int cp) {
		String lower = new String(Character.toChars(Character.toLowerCase(cp)));
		return Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
	}

	private static Map<Integer, String> load() {
		Map<Integer, String> mapping = new HashMap<>();
		try (InputStream in = ScriptFolding.class.getClassLoader().getResourceAsStream("search/folding.txt")) {
			if (in == null) {
				throw new IllegalStateException("search/folding.txt is missing");
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				Matcher rule = RULE.matcher(line.strip());
				if (rule.matches() && rule.group(1).codePointCount(0, rule.group(1).length()) == 1) {
					mapping.put(rule.group(1).codePointAt(0), rule.group(2));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return Map.copyOf(mapping);
	}

}
