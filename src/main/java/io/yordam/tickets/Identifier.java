package io.yordam.tickets;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import io.yordam.orders.PhoneDigits;

/**
 * What a search box query may be besides words: a ticket number (#1234 or 1234), an order
 * (its number E24-…, or the platform's id), a phone in any writing, an email. A query may
 * be more than one (nine digits are a ticket number and a phone); words are none.
 */
record Identifier(Kind kind, String value) {

	/** The kinds, in the order their tickets are listed. */
	enum Kind {

		TICKET_NUMBER, ORDER, PHONE, EMAIL

	}

	private static final Pattern TICKET_NUMBER = Pattern.compile("#?(\\d{1,12})");

	/** A number with a prefix (E24-104233) or a platform id (dm-tpa2co-879126). */
	private static final Pattern ORDER = Pattern.compile("[\\p{Alnum}]{1,16}(-[\\p{Alnum}]{1,24}){1,4}");

	private static final Pattern EMAIL = Pattern.compile("[^\\s@]{1,64}@[^\\s@]{1,190}\\.[^\\s@.]{2,24}");

	static List<Identifier> in(String query) {
		String q = (query == null) ? "" : query.strip();
		List<Identifier> found = new ArrayList<>();
		var number = TICKET_NUMBER.matcher(q);
		if (number.matches()) {
			found.add(new Identifier(Kind.TICKET_NUMBER, number.group(1)));
		}
		if (ORDER.matcher(q).matches() && q.chars().anyMatch(Character::isDigit)) {
			found.add(new Identifier(Kind.ORDER, q));
		}
		if (!q.startsWith("#")) {
			PhoneDigits.of(q).ifPresent(digits -> found.add(new Identifier(Kind.PHONE, digits)));
		}
		if (EMAIL.matcher(q).matches()) {
			found.add(new Identifier(Kind.EMAIL, q.toLowerCase(Locale.ROOT)));
		}
		return found;
	}

	/** The wire name of the kind, as the search's answer gives it. */
	String kindName() {
		return this.kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
