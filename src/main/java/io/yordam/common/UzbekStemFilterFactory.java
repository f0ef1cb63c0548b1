package io.yordam.common;

import java.io.IOException;
import java.util.Map;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * The {@link UzbekStemmer} as a Lucene token filter, for the search's Uzbek analyzer. It
 * runs after the folding, so it sees the one Latin skeleton of both scripts.
 */
public class UzbekStemFilterFactory extends TokenFilterFactory {

	/** The name Lucene's service loader would know it by. */
	public static final String NAME = "uzbekStem";

	public UzbekStemFilterFactory(Map<String, String> args) {
		super(args);
		if (!args.isEmpty()) {
			throw new IllegalArgumentException("Unknown parameters: " + args);
		}
	}

	/** For Lucene's service loader only. */
	public UzbekStemFilterFactory() {
		throw defaultCtorException();
	}

	@Override
	public TokenStream create(TokenStream input) {
		return new UzbekStemFilter(input);
	}

	private static final class UzbekStemFilter extends TokenFilter {

		private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

		private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

		UzbekStemFilter(TokenStream input) {
			super(input);
		}

		@Override
		public boolean incrementToken() throws IOException {
			if (!this.input.incrementToken()) {
				return false;
			}
			if (!this.keyword.isKeyword()) {
				String word = this.term.toString();
				String stem = UzbekStemmer.stem(word);
				if (stem.length() != word.length()) {
					this.term.setLength(stem.length());
				}
			}
			return true;
		}

	}

}
