package io.yordam.ui;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A counted phrase in the reader's language with the right form of the noun
 * ({@code ${@plural.of('c360.orders', 21)}}: "21 заказ", "21 buyurtma", "21 orders"). The
 * form's key is the phrase's key and its {@link PluralCategory}; the count is argument
 * {0}, further arguments follow it.
 */
@Component("plural")
public class Plurals {

	private final MessageSource messages;

	Plurals(MessageSource messages) {
		this.messages = messages;
	}

	/** In the reader's language (the request's locale). */
	public String of(String key, long count, Object... more) {
		return in(LocaleContextHolder.getLocale(), key, count, more);
	}

	public String in(Locale locale, String key, long count, Object... more) {
		Object[] args = new Object[more.length + 1];
		args[0] = count;
		System.arraycopy(more, 0, args, 1, more.length);
		return this.messages.getMessage(key + "." + PluralCategory.of(locale, count).suffix(), args, locale);
	}

}
