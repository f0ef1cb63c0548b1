package io.yordam.orders;

import java.util.Optional;

/**
 * A phone number as its digits, one way however it was written: "+998 (90) 123-45-67",
 * "998901234567" and "90 123 45 67" are all 998901234567 (a nine-digit number is an Uzbek
 * one without its country code). What the orders store beside the platform's phone, and
 * what a search for a phone compares with.
 */
public final class PhoneDigits {

	private static final String UZBEKISTAN = "998";

	private PhoneDigits() {
	}

	/**
	 * The digits of a phone number; empty for text that is not one (letters in it, fewer
	 * than nine digits or more than fifteen).
	 */
	public static Optional<String> of(String text) {
		if (text == null || !text.strip().matches("\\+?[\\d\\s().-]+")) {
			return Optional.empty();
		}
		String digits = text.replaceAll("\\D", "");
		if (digits.length() == 9) {
			return Optional.of(UZBEKISTAN + digits);
		}
		return (digits.length() >= 10 && digits.length() <= 15) ? Optional.of(digits) : Optional.empty();
	}

}
