package io.yordam.bot;

import java.util.Arrays;
import java.util.List;

/**
 * Whether a customer demands their money back, in any of the three languages and both
 * scripts: a refund word ("refund", "возврат", "reimbursement"), or a word for giving
 * back beside a word for money or payment ("верните деньги", "pulimni qaytaring", "give
 * me my money back"). Such a message is never answered with "not late yet" and closed.
 */
final class MoneyBack {

	private static final List<String> REFUND = stems("refund", "reimburs", "vozvrat", "возврат", "moneyback",
			"chargeback");

	private static final List<String> GIVE_BACK = stems("vern", "верн", "вертай", "qaytar", "қайтар", "return", "back");

	private static final List<String> MONEY = stems("deng", "деньг", "денег", "pul", "пул", "money", "oplat", "оплат",
			"tolov", "тўлов", "to'lov", "payment", "cash");

	private MoneyBack() {
	}

	static boolean demanded(String text) {
		if (text == null || text.isBlank()) {
			return false;
		}
		List<String> words = Arrays.asList(IntentRules.skeletonText(text).split(" "));
		return anyStarts(words, REFUND) || (anyStarts(words, GIVE_BACK) && anyStarts(words, MONEY));
	}

	private static boolean anyStarts(List<String> words, List<String> stems) {
		return words.stream().anyMatch(w -> stems.stream().anyMatch(s -> !s.isEmpty() && w.startsWith(s)));
	}

	private static List<String> stems(String... stems) {
		return Arrays.stream(stems).map(IntentRules::skeletonText).distinct().toList();
	}

}
