package io.yordam.ui;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plural rules of the desk's languages, and counted phrases read from the bundles.
 */
class PluralsTests {

	static final Locale RU = Locale.forLanguageTag("ru");

	static final Locale UZ = Locale.forLanguageTag("uz");

	@ParameterizedTest
	@CsvSource({ "0, MANY", "1, ONE", "2, FEW", "4, FEW", "5, MANY", "11, MANY", "12, MANY", "14, MANY", "21, ONE",
			"22, FEW", "25, MANY", "101, ONE", "111, MANY", "112, MANY", "1001, ONE", "-1, ONE" })
	void russianHasOneFewAndMany(long n, PluralCategory expected) {
		assertThat(PluralCategory.of(RU, n)).isEqualTo(expected);
	}

	@ParameterizedTest
	@CsvSource({ "0, OTHER", "1, ONE", "2, OTHER", "21, OTHER", "100, OTHER" })
	void uzbekAndEnglishHaveOneAndOther(long n, PluralCategory expected) {
		assertThat(PluralCategory.of(UZ, n)).isEqualTo(expected);
		assertThat(PluralCategory.of(Locale.ENGLISH, n)).isEqualTo(expected);
	}

	@Test
	void eachLanguageNamesTheFormsItNeeds() {
		assertThat(PluralCategory.usedBy(RU)).containsExactlyInAnyOrder(PluralCategory.ONE, PluralCategory.FEW,
				PluralCategory.MANY);
		assertThat(PluralCategory.usedBy(UZ)).containsExactlyInAnyOrder(PluralCategory.ONE, PluralCategory.OTHER);
	}

	@Test
	void countedPhrasesFromTheBundles() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasename("i18n/messages");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		Plurals plurals = new Plurals(source);
		assertThat(plurals.in(RU, "c360.orderCount", 1)).isEqualTo("1 заказ");
		assertThat(plurals.in(RU, "c360.orderCount", 2)).isEqualTo("2 заказа");
		assertThat(plurals.in(RU, "c360.orderCount", 5)).isEqualTo("5 заказов");
		assertThat(plurals.in(RU, "c360.orderCount", 11)).isEqualTo("11 заказов");
		assertThat(plurals.in(RU, "c360.orderCount", 21)).isEqualTo("21 заказ");
		assertThat(plurals.in(RU, "c360.ticketCount", 1)).isEqualTo("1 обращение");
		assertThat(plurals.in(RU, "c360.ticketCount", 3)).isEqualTo("3 обращения");
		assertThat(plurals.in(UZ, "c360.orderCount", 1)).isEqualTo("1 buyurtma");
		assertThat(plurals.in(UZ, "c360.orderCount", 5)).isEqualTo("5 buyurtma");
		assertThat(plurals.in(Locale.ENGLISH, "c360.orderCount", 1)).isEqualTo("1 order");
		assertThat(plurals.in(Locale.ENGLISH, "c360.orderCount", 21)).isEqualTo("21 orders");
	}

}
