package io.yordam.bot;

import java.time.Instant;
import java.util.List;

import io.yordam.knowledge.ArticleView;
import io.yordam.knowledge.KnowledgeBase;

import org.springframework.stereotype.Component;

/**
 * Answers from the knowledge base: the article that best answers the message, with "did
 * this help?" (counted on the article); no article, or not helped: a person.
 */
@Component
class KnowledgeAnswers {

	/** The search's bounds: shorter finds nothing, longer is searched by its start. */
	static final int SHORTEST = 2;

	static final int LONGEST = 200;

	private final KnowledgeBase knowledge;

	KnowledgeAnswers(KnowledgeBase knowledge) {
		this.knowledge = knowledge;
	}

	void answer(Turn turn, Classification understood) {
		answer(turn, understood, articlesFor(turn, turn.message().text()));
	}

	void answer(Turn turn, Classification understood, List<KnowledgeBase.Hit> hits) {
		if (hits.isEmpty()) {
			turn.couldNotAnswer("no-article");
			turn.handOff(understood, "no-answer");
			return;
		}
		ArticleView article = this.knowledge.find(hits.get(0).slug(), turn.session().language()).orElse(null);
		if (article == null) {
			// Archived between the search and the read.
			turn.handOff(understood, "no-answer");
			return;
		}
		String body = (article.body().length() > 1200) ? article.body().substring(0, 1199) + "…" : article.body();
		turn.await(DialogueStep.FAQ_FEEDBACK, Gathered.context(null, article.slug()));
		turn.say(turn.text("bot.faq.answer", article.title(), body),
				List.of(turn.button(BotButton.Kind.FAQ_FEEDBACK, "yes", turn.text("bot.helped")),
						turn.button(BotButton.Kind.FAQ_FEEDBACK, "no", turn.text("bot.notHelped"))));
	}

	/** "Did this help?" Yes closes the conversation; no is for a person. */
	void rated(Turn turn, Gathered gathered, boolean helped, Instant now) {
		if (gathered.contextKind() != null) {
			this.knowledge.feedbackIfPublished(gathered.contextKind(), helped);
		}
		if (helped) {
			turn.say(turn.text("bot.faq.glad"));
			turn.closeContained(now);
		}
		else {
			turn.handOff(null, "faq-not-helpful");
		}
	}

	/**
	 * The article that answers a message, if any: a long message is searched by its
	 * start, a one-letter one finds nothing (the bot must not fail on either).
	 */
	List<KnowledgeBase.Hit> articlesFor(Turn turn, String text) {
		String q = (text == null) ? "" : text.strip();
		if (q.length() < SHORTEST) {
			return List.of();
		}
		return this.knowledge.search((q.length() > LONGEST) ? q.substring(0, LONGEST) : q, turn.session().language(),
				1);
	}

}
