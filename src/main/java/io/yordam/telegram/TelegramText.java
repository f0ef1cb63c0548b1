package io.yordam.telegram;

import java.util.ArrayList;
import java.util.List;

/** Text cut to Telegram's limits. */
final class TelegramText {

	private TelegramText() {
	}

	/**
	 * The text in parts of at most {@code max} characters, cut at a line break or a space
	 * where there is one in the second half of a part (never inside a surrogate pair);
	 * none for blank text.
	 */
	static List<String> split(String text, int max) {
		List<String> parts = new ArrayList<>();
		String rest = (text == null) ? "" : text.strip();
		while (!rest.isEmpty()) {
			if (rest.length() <= max) {
				parts.add(rest);
				break;
			}
			int cut = Math.max(rest.lastIndexOf('\n', max), rest.lastIndexOf(' ', max));
			if (cut < max / 2) {
				cut = Character.isLowSurrogate(rest.charAt(max)) ? max - 1 : max;
			}
			parts.add(rest.substring(0, cut).strip());
			rest = rest.substring(cut).strip();
		}
		return parts;
	}

}
