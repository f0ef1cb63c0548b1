package io.yordam.common;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * The analyzers every full-text field uses. Text is indexed three ways: Russian with its
 * word forms ({@code ru}), English ({@code en}), and a script-folded form
 * ({@code folded}) in which Russian and Uzbek Cyrillic, Uzbek Latin with any apostrophe,
 * and Russian typed in Latin letters meet in one Latin skeleton, searched with typo
 * tolerance. Uzbek text is also indexed folded and stemmed ({@code uz}, see
 * {@link UzbekStemmer}): Lucene has no Uzbek stemmer, and a case or possessive ending
 * ("Buxoroda", "buyurtmalarim") is more than the one typo the folded search allows.
 * <p>
 * Changing an analyzer changes what an index built before holds: raise {@link #VERSION},
 * and {@link SearchIndex} rebuilds a node's index on its next start.
 */
public class SearchAnalysis implements LuceneAnalysisConfigurer {

	public static final String RUSSIAN = "ru";

	public static final String ENGLISH = "en";

	public static final String FOLDED = "folded";

	public static final String UZBEK = "uz";

	/** The analysis an index on disk was built with (see {@link SearchIndex}). */
	public static final int VERSION = 2;

	@Override
	public void configure(LuceneAnalysisConfigurationContext context) {
		context.analyzer(RUSSIAN)
			.custom()
			.tokenizer("standard")
			.tokenFilter("lowercase")
			.tokenFilter("snowballPorter")
			.param("language", "Russian");
		context.analyzer(ENGLISH)
			.custom()
			.tokenizer("standard")
			.tokenFilter("lowercase")
			.tokenFilter("snowballPorter")
			.param("language", "English");
		context.analyzer(FOLDED)
			.custom()
			.tokenizer("standard")
			// Char filters run before the tokenizer whatever the order they are declared
			// in.
			.charFilter("mapping")
			.param("mapping", "search/folding.txt")
			.tokenFilter("lowercase")
			.tokenFilter("asciiFolding");
		context.analyzer(UZBEK)
			.custom()
			.tokenizer("standard")
			.charFilter("mapping")
			.param("mapping", "search/folding.txt")
			.tokenFilter("lowercase")
			.tokenFilter("asciiFolding")
			.tokenFilter(UzbekStemFilterFactory.class);
	}

}
