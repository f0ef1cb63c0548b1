package io.yordam.bot;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.yordam.incidents.IncidentFacts;
import io.yordam.incidents.Offer;
import io.yordam.ledger.LedgerActor;
import io.yordam.ledger.LedgerLine;
import io.yordam.ledger.PostingKind;
import io.yordam.orders.OrderView;
import org.junit.jupiter.api.Test;

import static io.yordam.bot.OrderViewBuilder.anOrder;
import static org.assertj.core.api.Assertions.assertThat;

/** The agent's summary of a hand-off, in each agent's language and in words. */
class HandOffNoteTest {

	static final ListeningVoice VOICE = new ListeningVoice();

	static final Offer BONUS = new Offer("BONUS_CREDIT", List.of(new Offer.Payment(PostingKind.BONUS_CREDIT, 9_000)),
			List.of());

	static final Offer SEND = new Offer("SEND_MISSING", List.of(), List.of());

	final OrderView order = anOrder().number("E24-1042")
		.from("Rayhon")
		.delivered(TurnFixture.NOW.minus(Duration.ofMinutes(20)), 0)
		.build();

	HandOffNote note(String reason, String anger, String urgency, List<LedgerLine> paid) {
		return new HandOffNote(reason, anger, urgency, Intent.MISSING_ITEM, 0.87, null, "uz", this.order,
				List.of("Plov"), false, IncidentFacts.FoodProblem.COLD, List.of(45_000L), List.of(BONUS, SEND), BONUS,
				paid, List.of("kola kelmadi!!!", "bu uchinchi marta, sharh yozaman"));
	}

	static String render(HandOffNote note, String language) {
		Map<String, String> labels = Map.of("BONUS_CREDIT", "[bonus " + language + "]", "SEND_MISSING",
				"[send " + language + "]");
		return note.render(VOICE.wording(language), offer -> labels.get(offer.option()));
	}

	static LedgerLine bonus(long amount) {
		return new LedgerLine(UUID.randomUUID(), TurnFixture.NOW, PostingKind.BONUS_CREDIT, "c-1", amount,
				UUID.randomUUID(), "o-1", UUID.randomUUID(), "BONUS_CREDIT", LedgerActor.Kind.BOT, "bot", "Yordam bot",
				null, "missing cola", null, false, "k");
	}

	@Test
	void theAgentReadsItInTheirLanguageInWords() {
		HandOffNote note = note("repeated", "threat", "urgent words", List.of(bonus(9_000)));
		String en = render(note, "en");
		assertThat(en).contains("Handed over by the bot: the customer says this has happened before")
			.contains("The customer is angry: a threat (a bad review, leaving, the police or a court).")
			.contains("The customer is in a hurry: asks for it at once.")
			.contains("Request: something missing from the order (87%) · writes in Uzbek")
			.contains("Order E24-1042 · delivered · Rayhon")
			.contains("The order: 45 000 so'm, by card, paid")
			.contains("Items: Plov")
			.contains("What was wrong: It was cold")
			.contains("Amounts the customer named: 45 000 so'm")
			.contains("Offered: [bonus en]; [send en]")
			.contains("The customer chose: [bonus en]")
			.contains("Support already paid: 9 000 so'm to the bonus account")
			.contains("The customer wrote: «kola kelmadi!!!»")
			.contains("The customer wrote: «bu uchinchi marta, sharh yozaman»");
		assertThat(render(note, "ru")).contains("Бот передал разговор: клиент говорит, что это уже не в первый раз")
			.contains("Клиент рассержен: угроза")
			.contains("пишет по-узбекски")
			.contains("Поддержка уже выплатила: 9 000 сум бонусами")
			.contains("Клиент выбрал: [bonus ru]");
		assertThat(render(note, "uz")).contains("Bot suhbatni topshirdi: mijoz bu birinchi marta emasligini aytmoqda")
			.contains("Mijoz tanladi: [bonus uz]")
			.contains("Mijoz yozdi: «kola kelmadi!!!»");
	}

	@Test
	void noInternalCodeReachesTheAgent() {
		for (String language : List.of("ru", "uz", "en")) {
			String written = render(note("limit", "repeated failure, exclamations", "health", List.of(bonus(9_000))),
					language);
			assertThat(written).as(language)
				.doesNotContain("missing_item")
				.doesNotContain("BONUS_CREDIT")
				.doesNotContain("SEND_MISSING")
				.doesNotContain("COLD")
				.doesNotContain("DELIVERED")
				.doesNotContain("repeated failure")
				.doesNotContain("bot.summary");
		}
	}

	@Test
	void everyReasonSignAndIntentHasWordsInEveryLanguage() {
		List<String> reasons = List.of("asked", "unsure", "angry", "repeated", "health", "vip", "limit",
				"supervisor-refused", "platform-refused", "no-order", "incident-exists", "playbook-not-delivered",
				"cancel-finished-order", "no-answer", "faq-not-helpful", "refund_status", "promo_bonus",
				"payment_problem", "change_order", "courier_complaint", "account_help", "bot-error", "playbook-abuse",
				"something-new");
		String signs = "abusive words, angry emoji, shouting, threat, sarcasm or contempt, repeated failure, "
				+ "indignation, exclamations, capitals, health, a child, urgent words";
		for (String language : List.of("ru", "uz", "en")) {
			BotWording words = VOICE.wording(language);
			for (String reason : reasons) {
				String written = render(note(reason, signs, signs, List.of()), language);
				assertThat(written).as(language + " " + reason)
					.doesNotContain("bot.summary")
					.doesNotContain(words.text("bot.summary.mood.other"));
				if (reason.contains("-") || reason.contains("_")) {
					assertThat(written).as(language + " " + reason).doesNotContain(reason);
				}
				if (!reason.equals("something-new")) {
					assertThat(written).as(language + " " + reason)
						.doesNotContain(words.text("bot.summary.reason.other"));
				}
			}
			for (Intent intent : Intent.values()) {
				HandOffNote about = new HandOffNote("asked", null, null, Intent.HUMAN_AGENT, null, intent, language,
						null, List.of(), true, null, List.of(), List.of(), null, List.of(), List.of());
				// Words for every intent (a missing text would fail to render), not its
				// name.
				String written = render(about, language);
				if (intent.wireName().contains("_")) {
					assertThat(written).as(language + " " + intent).doesNotContain(intent.wireName());
				}
			}
		}
	}

	@Test
	void nothingPaidIsSaid() {
		assertThat(render(note("asked", null, null, List.of()), "en"))
			.contains("Support has paid nothing in this conversation.");
	}

}
