package io.yordam.bot;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a message says without words: chat is full of "👍", ")))", "?" and "...", and a
 * message the model cannot read must still get an answer (issue 10, finding 13). Approval
 * and thanks are thanks; an angry face is anger; anything else (a lone question mark,
 * dots, zero-width characters, a script the model never saw) is unclear, and the bot asks
 * what the customer needs.
 */
final class WordlessMessages {

	/** What a wordless message means to the bot. */
	enum Meaning {

		THANKS, ANGER, UNCLEAR

	}

	private static final Set<Integer> THANKS = codePoints(
			"👍👌🙏❤♥💖💗💕💓💞💙💚💛💜🧡🤍🖤🥰😍😘😊🙂😀😁😃😄☺🤗👏🙌🤝✅✔💯🌹🌷💐😉👋🫶)+");

	private static final Set<Integer> ANGRY = codePoints("😡🤬😠👿💢🖕😤");

	/**
	 * Punctuation that goes with a smile or a thumbs-up without changing it (":)",
	 * "👍!").
	 */
	private static final Set<Integer> NEUTRAL = codePoints(":;-=!.,*");

	private WordlessMessages() {
	}

	/** A message with no letter or digit: it needs this policy, not the model. */
	static boolean isWordless(String text) {
		return text.codePoints().noneMatch(Character::isLetterOrDigit);
	}

	static Meaning of(String text) {
		if (isAngry(text)) {
			return Meaning.ANGER;
		}
		boolean thanks = false;
		for (int cp : text.codePoints().filter(cp -> !ignorable(cp)).toArray()) {
			if (THANKS.contains(cp)) {
				thanks = true;
			}
			else if (!NEUTRAL.contains(cp)) {
				// "👍?" or ":(": not a plain yes; ask.
				return Meaning.UNCLEAR;
			}
		}
		return thanks ? Meaning.THANKS : Meaning.UNCLEAR;
	}

	/** An angry face anywhere in a message, with words or without. */
	static boolean isAngry(String text) {
		return text.codePoints().anyMatch(ANGRY::contains);
	}

	/**
	 * Spaces, zero-width and other format characters, emoji variation selectors and skin
	 * tones: they change how a symbol looks, not what it says.
	 */
	private static boolean ignorable(int cp) {
		int type = Character.getType(cp);
		return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || type == Character.FORMAT
				|| type == Character.CONTROL || type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
				|| (cp >= 0x1F3FB && cp <= 0x1F3FF);
	}

	private static Set<Integer> codePoints(String symbols) {
		return symbols.codePoints().boxed().collect(Collectors.toUnmodifiableSet());
	}

}
