package io.yordam.common;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/**
 * {@link SearchAnalysis}'s analyzers, under the same names, for the OpenSearch backend
 * ({@code yordam.search.backend=opensearch}), built from OpenSearch's own filters so that
 * a stock server with its bundled {@code analysis-common} module runs them: the Snowball
 * stemmers, the script folding as a {@code mapping} char filter read from the same
 * {@code search/folding.txt}, and the {@link UzbekStemmer} as one {@code pattern_replace}
 * filter per kind of suffix ({@link UzbekStemmer#rules()}), since a server cannot run our
 * Java filter without a plugin.
 */
public class OpenSearchAnalysis implements ElasticsearchAnalysisConfigurer {

	static final String FOLDING = "yordam_folding";

	private static final Pattern RULE = Pattern.compile("^\"(.+)\"\\s*=>\\s*\"(.*)\"$");

	@Override
	public void configure(ElasticsearchAnalysisConfigurationContext context) {
		context.tokenFilter("yordam_ru_stem").type("snowball").param("language", "Russian");
		context.tokenFilter("yordam_en_stem").type("snowball").param("language", "English");
		context.charFilter(FOLDING).type("mapping").param("mappings", foldingRules().toArray(String[]::new));
		List<String> uzbek = new ArrayList<>(List.of("lowercase", "asciifolding"));
		List<UzbekStemmer.Rule> rules = UzbekStemmer.rules();
		for (int i = 0; i < rules.size(); i++) {
			String name = "yordam_uz_suffix_" + i;
			context.tokenFilter(name)
				.type("pattern_replace")
				.param("pattern", rules.get(i).pattern())
				.param("replacement", rules.get(i).replacement())
				.param("all", false);
			uzbek.add(name);
		}
		context.analyzer(SearchAnalysis.RUSSIAN)
			.custom()
			.tokenizer("standard")
			.tokenFilters("lowercase", "yordam_ru_stem");
		context.analyzer(SearchAnalysis.ENGLISH)
			.custom()
			.tokenizer("standard")
			.tokenFilters("lowercase", "yordam_en_stem");
		context.analyzer(SearchAnalysis.FOLDED)
			.custom()
			.tokenizer("standard")
			.charFilters(FOLDING)
			.tokenFilters("lowercase", "asciifolding");
		context.analyzer(SearchAnalysis.UZBEK)
			.custom()
			.tokenizer("standard")
			.charFilters(FOLDING)
			.tokenFilters(uzbek.toArray(String[]::new));
	}

	/**
	 * Lucene's mapping file ({@code "ё" => "yo"}) in OpenSearch's syntax
	 * ({@code \u0451 => yo}); the source side escaped, so that apostrophes and quotes
	 * need no care.
	 */
	static List<String> foldingRules() {
		List<String> rules = new ArrayList<>();
		try (InputStream in = OpenSearchAnalysis.class.getResourceAsStream("/search/folding.txt");
				BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				Matcher rule = RULE.matcher(line.strip());
				if (rule.matches()) {
					rules.add(escape(rule.group(1)) + " => " + rule.group(2));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return rules;
	}

	private static String escape(String text) {
		StringBuilder escaped = new StringBuilder();
		text.chars().forEach(c -> escaped.append(String.format("\\u%04x", c)));
		return escaped.toString();
	}

}
