package io.yordam.bot;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * "Плов есть, а колы нет", "osh bor, non yoʻq", "the burger came but no fries": a
 * customer names what did come beside what did not. Of the items a message names, those
 * said to be there are left out, but only when another item is said to be missing: "плов
 * есть, но холодный" is still about the plov.
 */
final class ItemPresence {

	/** Clauses: punctuation, and the words that set one fact against another. */
	private static final Pattern CLAUSES = Pattern.compile(
			"[,.;:!?()\\n]+|\\s(?:а|но|зато|but|lekin|ammo|biroq|лекин|аммо|бироқ|however|while)\\s",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private static final Set<String> ABSENT = IntentRules.skeletons("не", "нет", "нету", "без", "забыли", "ne", "net",
			"netu", "bez", "zabyli", "yo'q", "yoq", "йўқ", "emas", "эмас", "no", "not", "nothing", "missing", "without",
			"forgot", "forgotten", "absent", "lacking", "isnt", "wasnt", "didnt", "dont", "arent", "werent", "havent",
			"hasnt");

	/**
	 * Uzbek says "did not" inside the verb: "kelmadi", "qoʻyishmabdi", "olib kelishmadi".
	 */
	private static final Pattern ABSENT_VERB = Pattern
		.compile("\\w+(madi|mabdi|mabti|magan|maiapti|maidi|mapti)|unut\\w*");

	private static final Set<String> THERE = IntentRules.skeletons("есть", "месте", "пришёл", "пришла", "пришло",
			"пришли", "привезли", "принесли", "положили", "dali", "est", "prishel", "prishla", "prishlo", "prishli",
			"privezli", "prinesli", "polojili", "только", "tolko", "bor", "бор", "keldi", "келди", "kelibdi", "келибди",
			"xolos", "холос", "faqat", "фақат", "came", "arrived", "got", "received", "there", "here", "only");

	private ItemPresence() {
	}

	/**
	 * @param named the items the whole message names
	 * @param naming the items a part of the message names
	 */
	static List<Entities.Item> withoutThoseThere(String text, List<Entities.Item> named,
			Function<String, List<Entities.Item>> naming) {
		Set<Entities.Item> absent = new HashSet<>();
		Set<Entities.Item> there = new HashSet<>();
		for (String clause : CLAUSES.split(text)) {
			List<Entities.Item> items = naming.apply(clause);
			if (items.isEmpty()) {
				continue;
			}
			List<String> words = Arrays.asList(IntentRules.skeletonText(clause).split(" "));
			if (words.stream().anyMatch(w -> ABSENT.contains(w) || ABSENT_VERB.matcher(w).matches())) {
				absent.addAll(items);
			}
			else if (words.stream().anyMatch(THERE::contains)) {
				there.addAll(items);
			}
		}
		if (absent.isEmpty()) {
			return named;
		}
		return named.stream().filter(item -> absent.contains(item) || !there.contains(item)).toList();
	}

}
