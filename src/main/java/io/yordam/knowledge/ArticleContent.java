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

	/** Which language a text of this article is in (see {@link #in}). */
	String languageOf(Text text, String wanted) {
		if (text == this.uz) {
			return "uz";
		}
		if (text == this.en) {
			return "en";
		}
		return (text == this.ru) ? "ru" : wanted;
	}

	/**
	 * The texts as they are kept and read: titles trimmed, bodies in paragraphs a blank
	 * line apart ({@link ArticleText}), so the widget, the agents and the editor's
	 * preview show the same paragraphs.
	 */
	ArticleContent normalized() {
		return new ArticleContent(normalized(this.ru), normalized(this.uz), normalized(this.en));
	}

	private static Text normalized(Text text) {
		if (text == null) {
			return null;
		}
		return new Text((text.title() != null) ? text.title().strip() : null,
				(text.body() != null) ? ArticleText.forChat(text.body()) : null);
	}

}
