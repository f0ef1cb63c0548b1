package io.yordam.common;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenSearch analysis is the Lucene one: the Uzbek stemmer's regular expressions (run
 * as OpenSearch's {@code pattern_replace} filters run them) strip what the stemmer
 * strips, on every stacking of plural, possessive, case and particle over stems of every
 * shape; and the folding reaches OpenSearch rule for rule. The analyzers themselves run
 * in a real OpenSearch in the *OnOpenSearchTests.
 */
class OpenSearchAnalysisTests {

	static String byRules(String word) {
		String stem = word;
		for (UzbekStemmer.Rule rule : UzbekStemmer.rules()) {
			stem = Pattern.compile(rule.pattern()).matcher(stem).replaceFirst(rule.replacement());
		}
		return stem;
	}

	@Test
	void theRegularExpressionsStripWhatTheStemmerStrips() {
		List<String> words = new ArrayList<>();
		for (String stem : List.of("buxoro", "toshkent", "kuryer", "buyurtma", "bonus", "uy", "odam", "kitob", "bank",
				"qishloq", "som", "narx", "karta", "ichimlig", "xabar", "restoran")) {
			for (String plural : List.of("", "lar")) {
				for (String possessive : List.of("", "im", "ing", "i", "imiz", "ingiz", "m", "ng", "si", "miz",
						"ngiz")) {
					for (String kase : List.of("", "da", "dan", "ga", "ka", "qa", "ni", "ning", "dagi", "gacha")) {
						for (String particle : List.of("", "mi")) {
							words.add(stem + plural + possessive + kase + particle);
						}
					}
				}
			}
		}
		words.addAll(List.of("Buxoroda", "buxoro2da", "o'zbek", "", "a", "mi", "lar", "dagi", "kurer"));
		for (String word : words) {
			assertThat(byRules(word)).as(word).isEqualTo(UzbekStemmer.stem(word));
		}
		assertThat(byRules("buyurtmalarimizdami")).isEqualTo("buyurtma");
	}

	@Test
	void everyFoldingRuleReachesOpenSearch() {
		List<String> rules = OpenSearchAnalysis.foldingRules();
		assertThat(rules).hasSize(80)
			.contains("\\u0451 => yo", "\\u0416 => j", "\\u044a => ", "\\u0027 => ", "\\u049b => q");
	}

}
