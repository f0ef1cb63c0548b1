package io.yordam.ui;

import java.util.Locale;

/**
 * CLDR's plural categories for whole numbers in the desk's languages: Russian needs three
 * forms ("1 заказ", "2 заказа", "5 заказов"), Uzbek and English two. A counted message
 * keeps one key per form its language uses ({@code c360.orders.one}, {@code .few},
 * {@code .many} in Russian; {@code .one}, {@code .other} in Uzbek and English): see
 * {@link Plurals}.
 */
public enum PluralCategory {

	ONE, FEW, MANY, OTHER;

	/** The key's suffix: {@code one}, {@code few}… */
	public String suffix() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The category of a whole number in a language (English's rule when unknown). */
	public static PluralCategory of(Locale locale, long number) {
		long n = Math.abs(number);
		if ("ru".equals(locale.getLanguage())) {
			long units = n % 10;
			long tens = n % 100;
			if (units == 1 && tens != 11) {
				return ONE;
			}
			if (units >= 2 && units <= 4 && (tens < 12 || tens > 14)) {
				return FEW;
			}
			return MANY;
		}
		return (n == 1) ? ONE : OTHER;
	}

	/** The categories a language's whole numbers fall in: the forms it must have. */
	public static java.util.Set<PluralCategory> usedBy(Locale locale) {
		return "ru".equals(locale.getLanguage()) ? java.util.EnumSet.of(ONE, FEW, MANY)
				: java.util.EnumSet.of(ONE, OTHER);
	}

}
