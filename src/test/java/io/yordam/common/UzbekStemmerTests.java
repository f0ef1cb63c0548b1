package io.yordam.common;

import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Uzbek suffix stripper on real word forms, in both scripts (folded first, as the
 * search and the bot do), and as the token filter the search's Uzbek analyzer uses.
 */
class UzbekStemmerTests {

	static String stem(String word) {
		return UzbekStemmer.stem(ScriptFolding.fold(word));
	}

	@Test
	void casesMeetTheBareWord() {
		assertThat(stem("Buxoroda")).isEqualTo("buxoro");
		assertThat(stem("Бухорода")).isEqualTo("buxoro");
		assertThat(stem("Buxorodan")).isEqualTo("buxoro");
		assertThat(stem("Buxoroga")).isEqualTo("buxoro");
		assertThat(stem("Buxorodagi")).isEqualTo("buxoro");
		assertThat(stem("Toshkentda")).isEqualTo("toshkent");
		assertThat(stem("Тошкентдан")).isEqualTo("toshkent");
		assertThat(stem("Samarqandga")).isEqualTo("samarqand");
		assertThat(stem("kuryerning")).isEqualTo("kuryer");
		assertThat(stem("курьерни")).isEqualTo("kurer");
		assertThat(stem("bankka")).isEqualTo("bank");
		assertThat(stem("qishloqqa")).isEqualTo("qishloq");
		assertThat(stem("so'mgacha")).isEqualTo("som");
		assertThat(stem("soʻmgacha")).isEqualTo(stem("сўмгача"));
		// An ending set off by an apostrophe of any kind, as some write after a name.
		assertThat(stem("Buxoro'da")).isEqualTo("buxoro");
		assertThat(stem("Toshkent’dan")).isEqualTo("toshkent");
		assertThat(stem("Samarqand`ga")).isEqualTo("samarqand");
	}

	@Test
	void pluralsAndPossessivesStackUnderTheCase() {
		assertThat(stem("buyurtmalarim")).isEqualTo("buyurtma");
		assertThat(stem("буюртмаларим")).isEqualTo("buyurtma");
		assertThat(stem("buyurtmam")).isEqualTo("buyurtma");
		assertThat(stem("buyurtmamni")).isEqualTo("buyurtma");
		assertThat(stem("buyurtmasi")).isEqualTo("buyurtma");
		assertThat(stem("buyurtmangiz")).isEqualTo("buyurtma");
		assertThat(stem("buyurtmalarimizdami")).isEqualTo("buyurtma");
		assertThat(stem("kartamdan")).isEqualTo("karta");
		assertThat(stem("bonuslarim")).isEqualTo("bonus");
		assertThat(stem("бонусларим")).isEqualTo("bonus");
		assertThat(stem("promokodlar")).isEqualTo("promokod");
		assertThat(stem("restoranlari")).isEqualTo("restoran");
		assertThat(stem("narxi")).isEqualTo("narx");
		assertThat(stem("kuryerim")).isEqualTo("kuryer");
		assertThat(stem("pulimni")).isEqualTo("pul");
		assertThat(stem("bormi")).isEqualTo("bor");
	}

	@Test
	void shortWordsAndBareStemsStayAsTheyAre() {
		// A stem keeps three letters; the one-letter possessives need a longer one.
		assertThat(stem("uyda")).isEqualTo("uyda");
		assertThat(stem("juda")).isEqualTo("juda");
		assertThat(stem("odam")).isEqualTo("odam");
		assertThat(stem("osh")).isEqualTo("osh");
		assertThat(stem("Buxoro")).isEqualTo("buxoro");
		assertThat(stem("buyurtma")).isEqualTo("buyurtma");
		assertThat(stem("non")).isEqualTo("non");
		// Not a folded Latin word: left alone.
		assertThat(UzbekStemmer.stem("e24")).isEqualTo("e24");
		assertThat(UzbekStemmer.stem("бухорода")).isEqualTo("бухорода");
	}

	@Test
	void theTokenFilterStemsEachFoldedWord() throws Exception {
		try (Analyzer analyzer = CustomAnalyzer.builder()
			.addCharFilter("mapping", "mapping", "search/folding.txt")
			.withTokenizer("standard")
			.addTokenFilter("lowercase")
			.addTokenFilter(UzbekStemFilterFactory.class)
			.build()) {
			assertThat(tokens(analyzer, "Бухорода ва Samarqandda buyurtmalarim")).containsExactly("buxoro", "va",
					"samarqand", "buyurtma");
		}
	}

	private static List<String> tokens(Analyzer analyzer, String text) throws Exception {
		List<String> tokens = new java.util.ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream("f", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				tokens.add(term.toString());
			}
			stream.end();
		}
		return tokens;
	}

}
