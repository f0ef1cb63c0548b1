package io.yordam.bot;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import io.yordam.incidents.IncidentFacts;
import io.yordam.incidents.Offer;
import io.yordam.ledger.LedgerLine;
import io.yordam.orders.OrderView;

/**
 * What the agent needs when the bot hands a customer over, as data: why, the customer's
 * mood, the request, the order, the facts gathered, what was offered and chosen, what
 * support already paid, and the customer's own words. {@link #render} writes it in an
 * agent's language, in words: no intent names, option codes or posting kinds.
 *
 * @param reason the hand-off's reason (its tag)
 * @param about for a request for a person, what the model read beside it
 * @param items the names of the items the claim is about
 * @param said what the customer typed in this dialogue, oldest first (never a button)
 */
record HandOffNote(String reason, String anger, String urgency, Intent intent, Double confidence, Intent about,
		String language, OrderView order, List<String> items, boolean photo, IncidentFacts.FoodProblem problem,
		List<Long> amounts, List<Offer> offered, Offer chosen, List<LedgerLine> paid, List<String> said) {

	/** The longest quote of one message. */
	static final int QUOTE = 300;

	/**
	 * @param optionLabel an offer's words in the language being written (the incident's
	 * own labels, as the customer saw them)
	 */
	String render(BotWording words, Function<Offer, String> optionLabel) {
		List<String> lines = new ArrayList<>();
		lines.add(words.text("bot.summary.title", reasonWords(words)));
		if (this.anger != null) {
			lines.add(words.text("bot.summary.angry", moodWords(words, this.anger)));
		}
		if (this.urgency != null) {
			lines.add(words.text("bot.summary.urgent", moodWords(words, this.urgency)));
		}
		lines.add(request(words));
		if (this.order != null) {
			lines.add(order(words));
		}
		if (!this.items.isEmpty()) {
			lines.add(words.text("bot.summary.items", String.join(", ", this.items)));
		}
		if (this.photo) {
			lines.add(words.text("bot.summary.photo"));
		}
		if (this.problem != null) {
			lines.add(words.text("bot.summary.problem", words.text("bot.problem." + this.problem.name())));
		}
		if (!this.amounts.isEmpty()) {
			lines.add(words.text("bot.summary.amounts",
					String.join(", ", this.amounts.stream().map(words::som).toList())));
		}
		if (!this.offered.isEmpty()) {
			lines.add(words.text("bot.summary.offered",
					String.join("; ", this.offered.stream().map(optionLabel).toList())));
			lines.add((this.chosen != null) ? words.text("bot.summary.chose", optionLabel.apply(this.chosen))
					: words.text("bot.summary.notChosen"));
		}
		lines.add(this.paid.isEmpty() ? words.text("bot.summary.paidNothing") : words.text("bot.summary.paid",
				String.join("; ", this.paid.stream().map(line -> paidWords(words, line)).toList())));
		this.said.forEach(text -> lines.add(words.text("bot.summary.said", quote(text))));
		return String.join("\n", lines);
	}

	private String reasonWords(BotWording words) {
		String key = this.reason.startsWith("playbook-") && !words.has("bot.summary.reason." + this.reason) ? "playbook"
				: this.reason;
		return words.has("bot.summary.reason." + key) ? words.text("bot.summary.reason." + key)
				: words.text("bot.summary.reason.other");
	}

	/** Why angry or in a hurry ("threat", "repeated failure, exclamations"), in words. */
	private static String moodWords(BotWording words, String why) {
		return String.join(", ", Arrays.stream(why.split(",\\s*")).map(sign -> {
			String key = "bot.summary.mood." + sign.strip().replace(' ', '-');
			return words.has(key) ? words.text(key) : words.text("bot.summary.mood.other");
		}).distinct().toList());
	}

	private String request(BotWording words) {
		String intentWords = (this.intent != null) ? words.text("bot.summary.intent." + this.intent.wireName())
				: words.text("bot.summary.intent.none");
		if (this.intent == Intent.HUMAN_AGENT && this.about != null) {
			intentWords = words.text("bot.summary.about", intentWords,
					words.text("bot.summary.intent." + this.about.wireName()));
		}
		String sure = (this.confidence != null) ? " (" + Math.round(this.confidence * 100) + "%)" : "";
		return words.text("bot.summary.request", intentWords + sure,
				words.text("bot.summary.language." + BotTexts.supported(this.language)));
	}

	private String order(BotWording words) {
		OrderView o = this.order;
		String courier = (o.courierName() != null) ? " · " + words.text("bot.summary.courier", o.courierName()) : "";
		String line = words.text("bot.summary.order", o.number(), words.text("bot.state." + o.status().name()),
				o.restaurantName()) + courier;
		if (o.total() != null && o.paymentMethod() != null) {
			line += "\n" + words.text("bot.summary.orderPayment", words.som(o.total().som()),
					words.text("bot.summary.paidBy." + o.paymentMethod().name()), (o.paymentStatus() != null)
							? words.text("bot.summary.paymentStatus." + o.paymentStatus().name()) : "—");
		}
		return line;
	}

	private static String paidWords(BotWording words, LedgerLine line) {
		return words.text("bot.summary.paid." + line.kind().name(), words.som(line.amount()), words.date(line.at()));
	}

	private static String quote(String text) {
		String said = text.strip().replaceAll("\\s+", " ");
		return (said.length() > QUOTE) ? said.substring(0, QUOTE - 1) + "…" : said;
	}

}
