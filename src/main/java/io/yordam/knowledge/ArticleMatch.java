package io.yordam.knowledge;

import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;

/**
 * How an article's text matches words, one rule for every reader (the public search, the
 * agents' suggestions): the reader's language first, but any language's text may match
 * (Russian word forms, Uzbek in either script with its endings, Russian typed in Latin
 * letters, one typo).
 */
final class ArticleMatch {

	private ArticleMatch() {
	}

	static PredicateFinalStep text(SearchPredicateFactory f, String words, String lang) {
		return f.bool()
			.should(f.match().fields("title_ru", "title_en").matching(words).boost(3.0f))
			.should(f.match().fields("body_ru", "body_en").matching(words))
			.should(f.match().fields(foldedFields(lang)).matching(words).fuzzy(1, 1).boost(2.0f))
			.should(f.match()
				.fields("title_ru_folded", "body_ru_folded", "title_uz", "body_uz", "title_uz_folded", "body_uz_folded",
						"title_en_folded", "body_en_folded")
				.matching(words)
				.fuzzy(1, 1))
			.minimumShouldMatchNumber(1);
	}

	/**
	 * The reader's language folded, with typos; for Uzbek also stemmed, so "Buxoroda"
	 * finds "Buxoro".
	 */
	private static String[] foldedFields(String lang) {
		return "uz".equals(lang) ? new String[] { "title_uz", "body_uz", "title_uz_folded", "body_uz_folded" }
				: new String[] { "title_" + lang + "_folded", "body_" + lang + "_folded" };
	}

}
