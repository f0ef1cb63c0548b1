package io.yordam.bot;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.yordam.common.ScriptFolding;

/**
 * Whether the customer is angry (a person should take it from here) or in a hurry (a
 * child, an allergy, "immediately"), in Russian, Uzbek in either script and English.
 * <p>
 * Anger: one strong sign is enough (swearing, an angry emoji, a message in capitals,
 * sarcasm such as "вы издеваетесь", a threat: a review, never ordering again, the police
 * or a court); weaker signs count only together ("!!!" or "?!", several words in
 * capitals, "third time"), so a calm message with one "!" or an order number such as
 * "E24-1042" is not anger. Phrases are written as people write them and compared in the
 * folded skeleton ({@link IntentRules#skeletonText}), so one list serves Cyrillic, Latin
 * and transliterated spellings.
 */
final class Moods {

	/** A run of letters in a phrase, not a regular expression's escape such as \\w. */
	private static final Pattern LETTERS = Pattern.compile("(?<!\\\\)\\p{L}+");

	/**
	 * Compared folded, not in the skeleton: the skeleton of "идёт" is that of "idiot".
	 */
	private static final Set<String> ABUSE_WORDS = folded("blya", "blyat", "suka", "suki", "nahuy", "nahui", "pizdets",
			"pizdec", "hren", "idiot", "idioti", "debil", "debili", "tupoi", "tupie", "tupye", "urod", "uroda", "mraz",
			"gandon", "jalab", "itvachcha", "ahmoq", "ahmoqlar", "ahmok", "haromi", "fuck", "fucking", "shit", "stupid",
			"idiots", "wtf", "bastard", "scam", "scammers", "moshennik", "moshenniki", "obmanshiki", "lohotron",
			"firibgar", "firibgarlar", "allah urgan", "бля", "блять", "сука", "нахуй", "пиздец", "идиот", "дебил",
			"тупой", "тупые", "урод", "мразь", "жалаб", "аҳмоқ", "мошенники", "фирибгар", "morons", "moron", "clowns",
			"клоуны");

	private static final Pattern CONTEMPT = patterns("издева\\w*", "вы (что )?(там )?шутите", "это шутка",
			"совсем (\\w+ )?(обнаглели|охренели|офигели|с ума сошли)", "обнаглели", "беспредел", "безобрази\\w*",
			"позор\\w*", "достали", "надоело", "бесите", "за дурак\\w*", "are you (kidding|joking|serious)",
			"you (must|have to|got to) be (kidding|joking)", "is this a joke", "what a joke", "pathetic", "outrageous",
			"shame on you", "how dare", "fed up", "sick (and tired )?of", "what the hell", "masxara\\w*",
			"mazax qil\\w*", "hazillash\\w*", "sharmandalik", "jon(im)?ga tegdi", "bezor (bo'ldim|qildi\\w*)",
			"to'ydim", "jahl\\w* chiq\\w*");

	private static final Pattern THREATS = patterns(
			"(will|i'll|gonna|going to|am|i'm) (leave|leaving|write|writing|post|posting|give|giving)( you| u)? (a |an )?(\\w+ )?review",
			"(bad|negative|terrible|awful|1 star|one star) review\\w*", "(review|reviews) (on|in) (google|instagram)",
			"never (\\w+ )?(order|use|buy)\\w* (\\w+ )?(again|from)", "(wont|will not|not going to) (order|use)\\w*",
			"delete (the|your|this) app", "uninstall\\w*", "police", "sue you", "court", "lawyer\\w*",
			"consumer protection", "report you", "(оставлю|напишу|оставим) (\\w+ )?отзыв\\w*",
			"(плохой|негативный|гневный) отзыв", "отзыв\\w* (в|на) (гугл|google|яндекс|инстаграм|2гис)",
			"больше (\\w+ ){0,3}(закаж\\w*|заказыва\\w*) (\\w+ )?(не )?(буду|будем)",
			"больше (никогда )?не (закаж\\w*|буду (у вас )?заказ\\w*)", "ноги моей", "удал\\w* (ваше )?приложени\\w*",
			"полици\\w*", "в суд", "судом", "прокуратур\\w*", "роспотребнадзор\\w*", "юрист\\w*",
			"(sharh|otziv|izoh) (yozaman|qoldiraman)", "yomon (sharh|otziv)",
			"(boshqa|hech qachon) (\\w+ ){0,3}(buyurtma|zakaz) (bermayman|qilmayman)", "ilova\\w* o'chir(aman|ib)",
			"politsiya\\w*", "militsiya\\w*", "sudga", "prokuratura\\w*");

	private static final Pattern REPEATED = patterns("(second|third|fourth|fifth|2nd|3rd|4th|5th|\\d+th) time",
			"again and again", "every (single )?time", "how many times", "(второй|третий|четвертый|пятый|\\d+) раз",
			"в который раз", "опять и опять", "снова и снова", "каждый раз", "сколько раз",
			"(ikkinchi|uchinchi|to'rtinchi|beshinchi|\\d+) mart\\w*", "yana va yana", "har safar",
			"necha (marta|marotaba)");

	/**
	 * The repeated failure said outright, which alone sends to a person: an ordinal time,
	 * not "every time" or "how many times" ("how many times can I use the code?").
	 */
	private static final Pattern HAPPENED_BEFORE = patterns("(second|third|fourth|fifth|2nd|3rd|4th|5th|\\d+th) time",
			"again and again", "(второй|третий|четвертый|пятый|\\d+) раз", "в который раз", "опять и опять",
			"снова и снова", "(ikkinchi|uchinchi|to'rtinchi|beshinchi|\\d+) mart\\w*", "yana va yana");

	private static final Pattern INDIGNATION = patterns("unacceptable", "ridiculous", "terrible", "useless", "worst",
			"awful", "сколько можно", "ужасн\\w*", "отвратительн\\w*", "кошмар", "qachongacha",
			"bu (qanaqa|qanday) xizmat", "dahshat", "disgusting", "uyat\\w*");

	private static final Pattern EXCLAIMING = Pattern.compile("!{3,}|\\?+!|!+\\?");

	/** Capitals that are names, not shouting. */
	private static final Set<String> ACRONYMS = Set.of("SMS", "UZS", "USD", "ETA", "KFC", "VIP", "OTP", "PIN", "ASAP",
			"ATM", "QR", "UZCARD", "HUMO", "VISA", "PDF", "CEO", "СМС", "ПИН");

	private static final Pattern CAPITALS = Pattern.compile("(?<![\\p{L}\\p{Nd}-])\\p{Lu}{3,}(?![\\p{L}\\p{Nd}-])");

	private static final Pattern URGENT = patterns("urgent\\w*", "asap", "(?<!is |are |am |im |home |where )right now",
			"right away", "immediately", "emergency", "hurry", "as soon as possible", "straight away", "срочн\\w*",
			"немедленно", "прямо сейчас", "сейчас же", "как можно (скорее|быстрее)", "побыстрее", "tezda", "tezroq",
			"zudlik bilan", "shoshilinch\\w*", "darhol", "hoziroq", "iloji boricha tez");

	private static final Pattern CHILD = patterns("child\\w*", "kids?", "baby", "babies", "toddler", "infant",
			"(ребен|ребён|детей|дети|детям|детск|малыш|младен)\\w*", "bola", "bolam\\w*", "bolalar\\w*", "bolaga",
			"go'dak\\w*", "chaqaloq\\w*");

	private static final Pattern HEALTH = patterns("allerg\\w*", "anaphyla\\w*",
			"(got|get|getting|feel|feeling|am|is|was|are) sick", "hospital\\w*", "ambulance", "diabet\\w*", "pregnant",
			"poison\\w*", "medicine", "medication", "insulin", "asthma", "аллерг\\w*", "больниц\\w*", "заболел\\w*",
			"температур\\w*", "беремен\\w*", "диабет\\w*", "отрав\\w*", "скор(ую|ой|ая) помощ\\w*", "лекарств\\w*",
			"инсулин\\w*", "allergi\\w*", "kasal\\w*", "shifoxona\\w*", "homilador\\w*", "zaharlan\\w*", "dori\\w*",
			"tez yordam");

	/**
	 * The urgency of health (an allergy, poisoning, a hospital): not the bot's to judge.
	 */
	static final String FOR_HEALTH = "health";

	private Moods() {
	}

	/**
	 * Whether the customer says it happened before ("third time", "каждый раз", "uchinchi
	 * marta"): alone not anger, but a pattern a one-off playbook does not answer.
	 */
	static boolean repeatedFailure(String text) {
		return matches(HAPPENED_BEFORE, " " + IntentRules.skeletonText(text) + " ");
	}

	/** Why the customer reads as angry, if they do. */
	static Optional<String> anger(String text) {
		String folded = " " + ScriptFolding.fold(text) + " ";
		if (ABUSE_WORDS.stream().anyMatch(w -> folded.contains(" " + w + " "))) {
			return Optional.of("abusive words");
		}
		String skeleton = " " + IntentRules.skeletonText(text) + " ";
		if (WordlessMessages.isAngry(text)) {
			return Optional.of("angry emoji");
		}
		if (shouting(text)) {
			return Optional.of("shouting");
		}
		if (matches(THREATS, skeleton)) {
			return Optional.of("threat");
		}
		if (matches(CONTEMPT, skeleton)) {
			return Optional.of("sarcasm or contempt");
		}
		List<String> signs = new ArrayList<>();
		if (matches(REPEATED, skeleton)) {
			signs.add("repeated failure");
		}
		if (matches(INDIGNATION, skeleton)) {
			signs.add("indignation");
		}
		if (EXCLAIMING.matcher(text).find()) {
			signs.add("exclamations");
		}
		if (capitalWords(text) >= 2) {
			signs.add("capitals");
		}
		return (signs.size() >= 2) ? Optional.of(String.join(", ", signs)) : Optional.empty();
	}

	/** Why the customer needs it now, if they do: their words, a child, health. */
	static Optional<String> urgency(String text) {
		String skeleton = " " + IntentRules.skeletonText(text) + " ";
		if (matches(HEALTH, skeleton)) {
			return Optional.of(FOR_HEALTH);
		}
		if (matches(CHILD, skeleton)) {
			return Optional.of("a child");
		}
		if (matches(URGENT, skeleton)) {
			return Optional.of("urgent words");
		}
		return Optional.empty();
	}

	/** Mostly capitals, long enough to be more than an abbreviation, with a "!". */
	private static boolean shouting(String text) {
		long letters = text.codePoints().filter(Character::isLetter).count();
		long upper = text.codePoints().filter(Character::isUpperCase).count();
		long exclamations = text.chars().filter(c -> c == '!').count();
		return letters >= 12 && upper * 10 >= letters * 7 && exclamations >= 1;
	}

	/**
	 * Words of three or more capitals, not a known abbreviation and not an order code.
	 */
	static long capitalWords(String text) {
		Matcher capitals = CAPITALS.matcher(text);
		long count = 0;
		while (capitals.find()) {
			if (!ACRONYMS.contains(capitals.group())) {
				count++;
			}
		}
		return count;
	}

	private static Set<String> folded(String... words) {
		return Arrays.stream(words).map(ScriptFolding::fold).collect(Collectors.toUnmodifiableSet());
	}

	private static boolean matches(Pattern phrases, String skeleton) {
		return phrases.matcher(skeleton).find();
	}

	/**
	 * Phrases as people write them, with regular expression syntax, turned into one
	 * pattern over the skeleton: each run of letters is folded and skeletonised as the
	 * text is ("to'ydim" and "тўйдим" are one), whole words only.
	 */
	static Pattern patterns(String... phrases) {
		return Pattern.compile("(?<=\\s)(?:"
				+ Arrays.stream(phrases).map(Moods::skeletonOf).collect(Collectors.joining("|")) + ")(?=\\s)");
	}

	private static String skeletonOf(String phrase) {
		String source = phrase.replaceAll("['‘’ʻʼ`]", "");
		return LETTERS.matcher(source)
			.replaceAll(m -> Matcher.quoteReplacement(TextFeatures.skeleton(ScriptFolding.fold(m.group()))));
	}

}
