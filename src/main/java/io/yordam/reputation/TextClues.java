package io.yordam.reputation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.yordam.orders.PhoneDigits;

/**
 * What a review's text gives away about who wrote it: the platform's order numbers as the
 * app shows them ({@code E24-104233}) and phone numbers however written.
 */
final class TextClues {

	private static final Pattern ORDER_NUMBER = Pattern.compile("\\b[A-Za-z]{1,4}\\d{0,3}-\\d{3,8}\\b");

	private static final Pattern PHONE = Pattern.compile("\\+?\\d[\\d\\s().-]{7,18}\\d");

	private TextClues() {
	}

	static List<String> orderNumbers(String text) {
		Set<String> found = new LinkedHashSet<>();
		if (text != null) {
			Matcher m = ORDER_NUMBER.matcher(text);
			while (m.find()) {
				found.add(m.group());
			}
		}
		return List.copyOf(found);
	}

	/** Phone numbers as digits, once each (an order number is not one). */
	static List<String> phones(String text) {
		List<String> found = new ArrayList<>();
		if (text != null) {
			Matcher m = PHONE.matcher(ORDER_NUMBER.matcher(text).replaceAll(" "));
			while (m.find()) {
				PhoneDigits.of(m.group()).filter(d -> !found.contains(d)).ifPresent(found::add);
			}
		}
		return found;
	}

}
