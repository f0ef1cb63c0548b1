package io.yordam.bot;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import io.yordam.common.UzbekStemmer;

/**
 * What a folded word stands for, beyond its spelling: Uzbek endings stripped
 * ("buyurtmalarim" is "buyurtma"), English inflections stripped ("switching" is
 * "switch"), and a few synonyms folded into one sense ("reimbursement", "money back" and
 * "chargeback" are a refund; "swap", "modify" and "edit" a change). The training set
 * names a thing one way or two; customers, and customer-service templates, name it
 * another, and the model should have seen the sense, not only the spelling.
 */
final class WordSenses {

	/**
	 * Phrases that stand for one word, replaced in the folded text before it is split.
	 */
	private static final Map<Pattern, String> PHRASES = Map.of(Pattern.compile("\\bmoney (back|returned|return)\\b"),
			"refund", Pattern.compile("\\b(call|calling|called) off\\b"), "cancel",
			Pattern.compile("\\b(log|logging|sign|signing) (in|into|on)\\b"), "login",
			Pattern.compile("\\b(customer (service|support|care)|support (team|staff))\\b"), "agent",
			Pattern.compile("\\bleft out\\b"), "missing", Pattern.compile("\\bnot included\\b"), "missing",
			Pattern.compile("\\bsign(ing)? up\\b"), "register");

	private static final Map<String, String> SENSES = senses();

	private WordSenses() {
	}

	/** The folded text's words, each as its sense. */
	static List<String> of(String folded) {
		String text = folded;
		for (Map.Entry<Pattern, String> phrase : PHRASES.entrySet()) {
			text = phrase.getKey().matcher(text).replaceAll(phrase.getValue());
		}
		List<String> senses = new ArrayList<>();
		for (String word : text.split(" ")) {
			if (!word.isEmpty()) {
				senses.add(sense(word));
			}
		}
		return senses;
	}

	static String sense(String word) {
		String known = SENSES.get(word);
		if (known != null) {
			return known;
		}
		String stem = stem(word);
		return SENSES.getOrDefault(stem, stem);
	}

	/**
	 * English inflections, then Uzbek endings: a word and its forms meet whichever
	 * language it is ("problems" and "problem", "buyurtmalarim" and "buyurtma").
	 */
	static String stem(String word) {
		return UzbekStemmer.stem(englishLemma(word));
	}

	/**
	 * -s, -es, -ies, -ed, -ing and a final -e off, keeping three letters: "orders",
	 * "switched", "tracking", "update" and "updated" meet.
	 */
	static String englishLemma(String word) {
		int n = word.length();
		String lemma = word;
		if (n > 5 && word.endsWith("ing")) {
			lemma = undouble(word.substring(0, n - 3));
		}
		else if (n > 4 && (word.endsWith("ied") || word.endsWith("ies"))) {
			lemma = word.substring(0, n - 3) + "y";
		}
		else if (n > 4 && word.endsWith("ed")) {
			lemma = undouble(word.substring(0, n - 2));
		}
		else if (n > 4
				&& (word.endsWith("ches") || word.endsWith("shes") || word.endsWith("xes") || word.endsWith("sses"))) {
			lemma = word.substring(0, n - 2);
		}
		else if (n > 3 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us") && !word.endsWith("is")) {
			lemma = word.substring(0, n - 1);
		}
		return (lemma.length() > 4 && lemma.endsWith("e")) ? lemma.substring(0, lemma.length() - 1) : lemma;
	}

	/** "stopp" (from "stopped") is "stop". */
	private static String undouble(String stem) {
		int n = stem.length();
		return (n > 3 && stem.charAt(n - 1) == stem.charAt(n - 2) && "lsz".indexOf(stem.charAt(n - 1)) < 0)
				? stem.substring(0, n - 1) : stem;
	}

	private static Map<String, String> senses() {
		Map<String, String> senses = new java.util.HashMap<>();
		sense(senses, "refund", "refund", "refunds", "reimbursement", "reimburse", "reimbursed", "repayment", "repay",
				"repaid", "chargeback", "moneyback", "rebate", "restitution");
		sense(senses, "option", "option", "method", "modality", "alternative");
		sense(senses, "policy", "policy", "terms", "conditions", "rules", "guarantee");
		sense(senses, "fee", "fee", "penalty", "surcharge");
		sense(senses, "change", "change", "switch", "swap", "modify", "modification", "edit", "update", "amend",
				"alter", "adjust");
		sense(senses, "order", "order", "purchase", "purchased");
		sense(senses, "item", "item", "product", "goods", "article");
		sense(senses, "cancel", "cancel", "cancellation", "cancelation", "canceled", "cancelled", "void", "revoke");
		sense(senses, "track", "track", "trace", "locate", "whereabouts", "status", "progress");
		sense(senses, "agent", "agent", "representative", "rep", "assistant", "employee", "staff", "operator", "human",
				"person");
		sense(senses, "account", "account", "profile");
		sense(senses, "login", "login", "signin", "logon");
		sense(senses, "delete", "delete", "erase", "deactivate", "terminate");
		sense(senses, "problem", "problem", "issue", "trouble", "error");
		sense(senses, "help", "help", "assist", "assistance", "aid");
		sense(senses, "want", "want", "wish", "need", "require", "like");
		sense(senses, "receive", "receive", "recieve", "recieved", "get", "got", "gotten");
		sense(senses, "late", "late", "delay", "delayed", "overdue");
		sense(senses, "missing", "missing", "absent", "lacking", "incomplete");
		sense(senses, "wrong", "wrong", "incorrect", "mistaken");
		sense(senses, "damaged", "damage", "damaged", "broken", "crushed", "smashed", "squashed", "torn", "spilled",
				"spilt", "leaked", "dented");
		sense(senses, "courier", "courier", "driver", "rider", "deliveryman");
		sense(senses, "promo", "promo", "coupon", "voucher", "discount", "promocode");
		sense(senses, "money", "money", "funds", "fund");
		sense(senses, "delivery", "delivery", "deliver", "shipping", "shipment", "ship", "dispatch");
		sense(senses, "password", "password", "passcode", "pwd", "pin");
		sense(senses, "register", "register", "registration", "signup", "enrol", "enroll");
		return Map.copyOf(senses);
	}

	private static void sense(Map<String, String> senses, String sense, String... words) {
		for (String word : words) {
			senses.put(word, sense);
			senses.putIfAbsent(stem(word), sense);
		}
	}

}
