package io.yordam.bot;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.yordam.ledger.LedgerLine;
import io.yordam.ledger.PostingKind;

/**
 * One thing a scripted conversation expects of its end (an {@code expect:} line, format
 * in docs/bot.md). A script without any expects what its kind implies: a routine one is
 * contained, any other handed off.
 */
record Expectation(Kind kind, String argument) {

	enum Kind {

		/** The bot closed the conversation, no person. */
		CONTAINED,
		/** A person has it; {@code high}: with priority HIGH. */
		HANDED_OFF,
		/** Every reply the customer read is in this language (ru, uz, en). */
		LANG,
		/**
		 * The bot's ledger postings for the customer hold this kind, of this amount if
		 * given.
		 */
		PAID,
		/** A reply the customer read contains this text (any case). */
		SAYS,
		/**
		 * The agent's hand-off summary, in one of its languages, contains this text (any
		 * case): the customer's own words, say.
		 */
		NOTE

	}

	/**
	 * How a conversation ended, as the customer and the desk see it: the ticket, the
	 * language and text of every reply, what the ledger holds for the customer (the
	 * script's own set-up postings left out).
	 */
	record Ending(String status, String priority, List<Reply> replies, List<LedgerLine> postings, List<String> notes) {

		record Reply(String language, String text) {
		}

	}

	static Expectation parse(String text) {
		String[] words = text.strip().split("\\s+", 2);
		String argument = (words.length > 1) ? words[1].strip() : "";
		Kind kind = switch (words[0]) {
			case "contained" -> Kind.CONTAINED;
			case "handed-off" -> Kind.HANDED_OFF;
			case "lang" -> Kind.LANG;
			case "paid" -> Kind.PAID;
			case "says" -> Kind.SAYS;
			case "note" -> Kind.NOTE;
			default -> throw new IllegalArgumentException("expect: unknown " + text);
		};
		boolean valid = switch (kind) {
			case CONTAINED -> argument.isEmpty();
			case HANDED_OFF -> argument.isEmpty() || argument.equals("high");
			case LANG -> argument.matches("ru|uz|en");
			case PAID -> argument.matches("[A-Z_]+( \\d+)?") && kindOf(argument.split(" ")[0]) != null;
			case SAYS, NOTE -> !argument.isEmpty();
		};
		if (!valid) {
			throw new IllegalArgumentException("expect: cannot read " + text);
		}
		return new Expectation(kind, argument);
	}

	/** What went otherwise, or empty when the ending meets this expectation. */
	Optional<String> unmet(Ending ending) {
		return switch (this.kind) {
			case CONTAINED -> "SOLVED".equals(ending.status()) ? Optional.empty()
					: Optional.of("not contained: ticket " + ending.status());
			case HANDED_OFF -> handedOff(ending);
			case LANG -> ending.replies()
				.stream()
				.filter(r -> r.language() != null && !r.language().equals(this.argument))
				.findFirst()
				.map(r -> "a reply in " + r.language() + ", not " + this.argument + ": «" + shorter(r.text()) + "»");
			case PAID -> paid(ending);
			case SAYS -> ending.replies()
				.stream()
				.anyMatch(r -> r.text().toLowerCase(Locale.ROOT).contains(this.argument.toLowerCase(Locale.ROOT)))
						? Optional.empty() : Optional.of("no reply says «" + this.argument + "»");
			case NOTE -> ending.notes()
				.stream()
				.anyMatch(n -> n.toLowerCase(Locale.ROOT).contains(this.argument.toLowerCase(Locale.ROOT)))
						? Optional.empty() : Optional.of("no note for the agent says «" + this.argument + "»");
		};
	}

	private Optional<String> handedOff(Ending ending) {
		if (List.of("SOLVED", "BOT", "ERROR").contains(ending.status().split(" ")[0])) {
			return Optional.of("not handed off: ticket " + ending.status());
		}
		if (this.argument.equals("high") && !"HIGH".equals(ending.priority())) {
			return Optional.of("handed off with priority " + ending.priority() + ", not HIGH");
		}
		return Optional.empty();
	}

	private Optional<String> paid(Ending ending) {
		String[] words = this.argument.split(" ");
		PostingKind posting = kindOf(words[0]);
		Long amount = (words.length > 1) ? Long.valueOf(words[1]) : null;
		boolean found = ending.postings()
			.stream()
			.anyMatch(l -> l.kind() == posting && l.reverses() == null && !l.reversed()
					&& (amount == null || l.amount() == amount));
		if (found) {
			return Optional.empty();
		}
		List<String> made = ending.postings().stream().map(l -> l.kind() + " " + l.amount()).toList();
		return Optional.of("no " + this.argument + " posted (postings: " + (made.isEmpty() ? "none" : made) + ")");
	}

	private static PostingKind kindOf(String name) {
		for (PostingKind kind : PostingKind.values()) {
			if (kind.name().equals(name)) {
				return kind;
			}
		}
		return null;
	}

	private static String shorter(String text) {
		String one = text.replace('\n', ' ');
		return (one.length() <= 80) ? one : one.substring(0, 79) + "…";
	}

	@Override
	public String toString() {
		return this.kind.name().toLowerCase(Locale.ROOT).replace('_', '-')
				+ (this.argument.isEmpty() ? "" : " " + this.argument);
	}

}
