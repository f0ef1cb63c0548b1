package io.yordam.bot;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.yordam.orders.OrderView;

/**
 * Finds order numbers, amounts, times and the order's own items in a message. Items are
 * compared in the folded skeleton with a typo or two allowed, and a word for a kind of
 * thing ("напиток", "ichimlik", "drink") finds the order's lines of that kind.
 */
final class EntityExtractor {

	private static final Pattern ORDER_NUMBER = Pattern.compile(
			"(?:#|№|\\b(?:n|no|nr|nomer|номер|zakaz\\w*|заказ\\w*|buyurtma\\w*|буюртма\\w*|order|ордер)\\s*(?:#|№|n|no\\.?)?)\\s*(\\d{3,8})\\b",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);

	/** A platform's own number format, such as "E24-104233". */
	private static final Pattern CODED_NUMBER = Pattern.compile("\\b[A-Za-z]{1,4}\\d{0,3}-(\\d{3,8})\\b");

	private static final Pattern AMOUNT = Pattern.compile(
			"(\\d{1,3}(?:[ .,]\\d{3}){1,3}|\\d{1,12})\\s*(k|к|тыс\\w*|ming|минг|sum|so['‘’ʻ`]?m|сум|сўм|uzs)(?![\\p{L}])",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);

	private static final Pattern CLOCK = Pattern.compile("\\b([01]?\\d|2[0-3])[:.]([0-5]\\d)\\b");

	private static final Pattern DURATION = Pattern.compile(
			"(\\d{1,3})\\s*(мин\\w*|min\\w*|daq\\w*|дақ\\w*|час\\w*|soat\\w*|соат\\w*|hour\\w*|hrs?)",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);

	private static final List<Kind> KINDS = List.of(new Kind(
			IntentRules.skeletons("napitok", "napitka", "napitki", "napitkov", "pite", "pitie", "pitya", "ichimlik",
					"ichimligi", "ichimliklar", "drink", "drinks", "beverage", "soda", "gazirovka", "gazirovku"),
			IntentRules.skeletons("kola", "cola", "fanta", "sprite", "pepsi", "airan", "airan", "sok", "juice", "choi",
					"chai", "tea", "kompot", "compote", "limonad", "lemonade", "water", "suv", "voda", "mohito", "kofe",
					"coffee", "mors", "shake", "kokteil")),
			new Kind(IntentRules.skeletons("sous", "sousa", "sauce", "sauces", "sousi"),
					IntentRules.skeletons("sous", "sauce", "ketchup", "ketchup", "maionez", "mayonnaise", "chesnochni",
							"garlic")),
			// One dish, three names: "osh" in Uzbek is the menu's "плов".
			new Kind(IntentRules.skeletons("osh", "oshi", "oshni", "palov", "palovni", "plov", "plova", "pilaf",
					"pilav"), IntentRules.skeletons("plov", "osh", "palov", "pilaf")),
			new Kind(IntentRules.skeletons("salat", "salata", "salatni", "salati", "salad", "salads", "салат"),
					IntentRules.skeletons("salat", "salad", "achichuk", "achchiq", "shakarob", "olivye", "olivie",
							"sezar", "caesar", "vinegret", "grecheskii", "greek", "svejii", "chimcha")),
			new Kind(IntentRules.skeletons("hleb", "hleba", "non", "noni", "bread", "lepeshka", "lepeshku"),
					IntentRules.skeletons("non", "hleb", "bread", "lepeshka", "patir")));

	private EntityExtractor() {
	}

	static Entities extract(String text) {
		List<String> numbers = new ArrayList<>();
		Matcher order = ORDER_NUMBER.matcher(text);
		while (order.find()) {
			numbers.add(order.group(1));
		}
		Matcher coded = CODED_NUMBER.matcher(text);
		while (coded.find()) {
			if (!numbers.contains(coded.group(1))) {
				numbers.add(coded.group(1));
			}
		}
		List<Long> amounts = new ArrayList<>();
		Matcher amount = AMOUNT.matcher(text);
		while (amount.find()) {
			long value = Long.parseLong(amount.group(1).replaceAll("[ .,]", ""));
			String unit = amount.group(2).toLowerCase(Locale.ROOT);
			amounts.add((unit.equals("k") || unit.equals("к") || unit.startsWith("тыс") || unit.equals("ming")
					|| unit.equals("минг")) ? value * 1000 : value);
		}
		List<String> times = new ArrayList<>();
		Matcher clock = CLOCK.matcher(text);
		while (clock.find()) {
			times.add("%02d:%s".formatted(Integer.parseInt(clock.group(1)), clock.group(2)));
		}
		List<Integer> minutes = new ArrayList<>();
		Matcher duration = DURATION.matcher(text);
		while (duration.find()) {
			int value = Integer.parseInt(duration.group(1)); // at most 3 digits
			String unit = duration.group(2).toLowerCase(Locale.ROOT);
			boolean hours = unit.startsWith("час") || unit.startsWith("soat") || unit.startsWith("соат")
					|| unit.startsWith("h");
			minutes.add(hours ? value * 60 : value);
		}
		return new Entities(numbers, null, List.of(), amounts, times, minutes);
	}

	/**
	 * The order's lines the message names, by name or by kind; not those it says came
	 * when it says another did not ({@link ItemPresence}).
	 */
	static List<Entities.Item> items(String text, OrderView order) {
		List<Entities.Item> named = named(text, order);
		return (named.size() < 2) ? named : ItemPresence.withoutThoseThere(text, named, part -> named(part, order));
	}

	private static List<Entities.Item> named(String text, OrderView order) {
		List<String> words = Arrays.asList(IntentRules.skeletonText(text).split(" "));
		Set<Entities.Item> found = new LinkedHashSet<>();
		for (OrderView.Line line : order.items()) {
			List<String> nameWords = Arrays.stream(IntentRules.skeletonText(line.name()).split(" "))
				.filter(w -> w.length() >= 3)
				.toList();
			boolean named = nameWords.stream().anyMatch(n -> words.stream().anyMatch(w -> similar(w, n)));
			boolean ofKind = KINDS.stream()
				.anyMatch(kind -> words.stream().anyMatch(kind::namedBy)
						&& nameWords.stream().anyMatch(n -> kind.members().stream().anyMatch(m -> similar(n, m))));
			if (named || ofKind) {
				found.add(new Entities.Item(line.sku(), line.name()));
			}
		}
		return List.copyOf(found);
	}

	/** The same word, allowing a different ending or a typo. */
	static boolean similar(String word, String name) {
		if (word.length() < 3 || name.length() < 3) {
			return false;
		}
		if (word.equals(name)) {
			return true;
		}
		int common = Math.min(word.length(), name.length());
		if (common >= 4 && (word.startsWith(name.substring(0, Math.min(name.length(), Math.max(4, name.length() - 1))))
				|| name.startsWith(word.substring(0, Math.min(word.length(), Math.max(4, word.length() - 1)))))) {
			return true;
		}
		int allowed = (common >= 7) ? 2 : (common >= 4) ? 1 : 0;
		return allowed > 0 && Math.abs(word.length() - name.length()) <= allowed && distance(word, name) <= allowed;
	}

	private static int distance(String a, String b) {
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int substitution = previous[j - 1] + ((a.charAt(i - 1) == b.charAt(j - 1)) ? 0 : 1);
				current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}

	private record Kind(Set<String> words, Set<String> members) {

		/**
		 * The word for the kind, in any form or with a typo ("napitochek", "nopitok",
		 * "ichimligim"); a short word ("sok", "non") only as it is.
		 */
		boolean namedBy(String word) {
			return this.words.contains(word)
					|| this.words.stream().anyMatch(k -> k.length() >= 5 && word.length() >= 5 && similar(word, k));
		}

	}

}
