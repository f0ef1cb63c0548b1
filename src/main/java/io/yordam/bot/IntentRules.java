package io.yordam.bot;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.yordam.common.ScriptFolding;

/**
 * The high-precision rules that run before the model: an explicit request for a person
 * wins over anything else in the message (INTENTS.md), and anger is a reason to hand off
 * whatever the intent ({@link Moods}, with urgency). Words are compared in the folded
 * skeleton, so one list serves Cyrillic, Latin and transliterated spellings.
 */
final class IntentRules {

	private static final Set<String> PERSON_WORDS = skeletons("operator", "operatora", "operatoru", "operatorom",
			"operatorga", "operatorni", "operatr", "oprator", "chelovek", "cheloveka", "chelovekom", "jivoi", "jivim",
			"jivomu", "jivogo", "menedjer", "menedjera", "menejer", "menedzher", "menedzhera", "human", "humans",
			"hodim", "hodimga", "hodimi", "hodim bilan", "odam", "odamga", "odamni", "inson", "insonga", "supervisor",
			"rukovoditel", "rukovoditelya", "operators", "operatorlar", "mutaxassis", "mutaxasis", "mutahassis",
			"mutaxassisga", "mutaxassis bilan", "мутахассис", "специалист", "spetsialist", "spetsialista", "оператор",
			"оператора", "человек", "менеджер", "оператору", "ходим", "одам", "одамга", "инсон", "operatorom",
			"operatorga", "operatorni");

	/**
	 * A person word alone is not a request ("the operator said I'd get it back"): it
	 * needs one of these, or a message of a few words ("оператор!").
	 */
	private static final Set<String> REQUEST_CUES = skeletons("dayte", "daite", "day", "pozovite", "pozovi",
			"soedinite", "soedini", "pereklyuchite", "perevedite", "svyajite", "svyajites", "nujen", "nujna", "nujno",
			"hochu", "mojno", "pojaluysta", "prosto", "please", "pls", "want", "need", "give", "connect", "call", "get",
			"transfer", "speak", "talk", "let", "can", "could", "ulang", "ulab", "ulasangiz", "ulanglar", "bering",
			"beringlar", "kerak", "gaplash", "gaplashsam", "gaplashmoqchiman", "gaplashay", "gaplashaman", "istayman",
			"chaqiring", "chaqir", "bormi", "qani", "qayerda", "где", "дайте", "позовите", "соедините", "нужен", "хочу",
			"можно", "переключите", "свяжите", "уланг", "керак", "гаплашмоқчиман", "гаплашсам", "беринг", "чақиринг");

	private static final List<Pattern> PERSON_PHRASES = List.of(Pattern.compile("\\breal person\\b"),
			Pattern.compile("\\blive (agent|person|chat|support)\\b"),
			Pattern
				.compile("\\b(talk|speak|chat) (to|with) (a |an )?(person|agent|someone|somebody|support|manager)\\b"),
			Pattern.compile("\\bnot (a |the )?bot\\b"), Pattern.compile("\\bne (s )?bot\\w*\\b"),
			Pattern.compile("\\bbot (emas|bilan emas)\\b"));

	private IntentRules() {
	}

	/** The customer asks for a person, whatever else they say. */
	static boolean asksForPerson(String text) {
		String[] words = skeletonText(text).split(" ");
		if (Arrays.stream(words).anyMatch(PERSON_WORDS::contains)
				&& (words.length <= 4 || Arrays.stream(words).anyMatch(REQUEST_CUES::contains))) {
			return true;
		}
		String lower = ScriptFolding.fold(text);
		return PERSON_PHRASES.stream().anyMatch(p -> p.matcher(lower).find());
	}

	/**
	 * Swearing, insults, shouting, sarcasm, threats: a person should take it from here.
	 */
	static Optional<String> anger(String text) {
		return Moods.anger(text);
	}

	/** A child, health, or "immediately": the agent should know. */
	static Optional<String> urgency(String text) {
		return Moods.urgency(text);
	}

	static String skeletonText(String text) {
		return Arrays.stream(ScriptFolding.fold(text).split(" "))
			.map(TextFeatures::skeleton)
			.collect(Collectors.joining(" "));
	}

	/** Words as the rules compare them: each in its folded skeleton. */
	static Set<String> skeletons(String... words) {
		return Arrays.stream(words).map(IntentRules::skeletonText).collect(Collectors.toUnmodifiableSet());
	}

}
