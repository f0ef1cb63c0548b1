package io.yordam.knowledge;

import java.util.Objects;

/** An article's text in each language; a language may be missing (null). */
public record ArticleContent(Text ru, Text uz, Text en) {

	public record Text(String title, String body) {
	}

	/**
	 * The text in the wanted language, else Russian, English, Uzbek, whichever exists.
	 */
	Text in(String locale) {
		Text wanted = switch ((locale == null) ? "ru" : locale) {
			case "uz" -> this.uz;
			case "en" -> this.en;
			default -> this.ru;
		};
		if (wanted != null) {
			return wanted;
		}
		return (this.ru != null) ? this.ru : (this.en != null) ? this.en : Objects.requireNonNull(this.uz);
	}

}
