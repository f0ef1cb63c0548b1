package io.yordam.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.mapper.orm.Search;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Articles for an agent to send: those the conversation's topic names first (in the order
 * named), then those of the topic's categories that match what the customer wrote, best
 * match first. An article outside a known topic is not suggested, however many of its
 * words the customer used: a missing drink paid by card is not a question about payment
 * methods. Without a topic, what the customer wrote alone decides.
 */
@Service
public class KnowledgeSuggestions {

	/** The longest text searched: the customer's latest words are what matters. */
	static final int LONGEST_TEXT = 1000;

	/** A named article outranks any match of words, and the first named the next. */
	private static final float NAMED = 1000f;

	private static final float NAMED_STEP = 50f;

	private final KbArticleRepository articles;

	@PersistenceContext
	private EntityManager entityManager;

	KnowledgeSuggestions(KbArticleRepository articles) {
		this.articles = articles;
	}

	/**
	 * What a conversation is about, as the articles know it.
	 *
	 * @param slugs articles that answer it, the best first
	 * @param categories article categories it belongs to
	 */
	public record Topic(List<String> slugs, Set<String> categories) {

		public static final Topic NONE = new Topic(List.of(), Set.of());

		public Topic {
			slugs = List.copyOf(slugs);
			categories = Set.copyOf(categories);
		}

		public boolean isKnown() {
			return !this.slugs.isEmpty() || !this.categories.isEmpty();
		}

		/** This topic's articles first, then the other's not named yet. */
		public Topic and(Topic other) {
			List<String> merged = new ArrayList<>(this.slugs);
			other.slugs.stream().filter(s -> !merged.contains(s)).forEach(merged::add);
			Set<String> categories = new java.util.HashSet<>(this.categories);
			categories.addAll(other.categories);
			return new Topic(merged, categories);
		}

	}

	/**
	 * An article ready to send, in one language: its paragraphs as plain text.
	 *
	 * @param language the language of the text: the reader's, else the one the article
	 * has (Russian, English, Uzbek)
	 */
	public record Suggestion(String slug, String category, String title, String language, List<String> paragraphs) {

		/** The whole article as one chat message. */
		public String text() {
			return String.join("\n\n", this.paragraphs);
		}

	}

	@Transactional(readOnly = true)
	public List<Suggestion> suggest(String text, Topic topic, String locale, int limit) {
		String words = words(text);
		if (!topic.isKnown() && words == null) {
			return List.of();
		}
		String lang = KnowledgeBase.locale(locale);
		return Search.session(this.entityManager)
			.search(KbArticle.class)
			.where(f -> f.bool()
				.filter(f.match().field("status").matching("PUBLISHED"))
				.must(topic.isKnown() ? inTopic(f, topic, words, lang) : ArticleMatch.text(f, words, lang))
				.should((words != null) ? ArticleMatch.text(f, words, lang) : f.matchNone()))
			.fetchHits(limit)
			.stream()
			.map(a -> suggestion(a, lang))
			.toList();
	}

	/** A published article ready to send, or empty (a draft, archived, no such one). */
	@Transactional(readOnly = true)
	public Optional<Suggestion> article(String slug, String locale) {
		String lang = KnowledgeBase.locale(locale);
		return this.articles.findBySlug(slug).filter(KbArticle::isPublished).map(a -> suggestion(a, lang));
	}

	/**
	 * Named articles (each scoring by its place in the list), or an article of the
	 * topic's categories whose words match.
	 */
	private static PredicateFinalStep inTopic(SearchPredicateFactory f, Topic topic, String words, String lang) {
		if (topic.slugs().isEmpty() && (words == null || topic.categories().isEmpty())) {
			return f.matchNone();
		}
		var anyOf = f.bool().minimumShouldMatchNumber(1);
		for (int i = 0; i < topic.slugs().size(); i++) {
			anyOf.should(f.match()
				.field("slug")
				.matching(topic.slugs().get(i))
				.constantScore()
				.boost(Math.max(NAMED - NAMED_STEP * i, NAMED_STEP)));
		}
		if (words != null && !topic.categories().isEmpty()) {
			var ofCategory = f.bool().minimumShouldMatchNumber(1);
			topic.categories().forEach(c -> ofCategory.should(f.match().field("category").matching(c)));
			anyOf.should(f.bool().filter(ofCategory).must(ArticleMatch.text(f, words, lang)));
		}
		return anyOf;
	}

	private static Suggestion suggestion(KbArticle article, String lang) {
		ArticleContent content = article.published();
		ArticleContent.Text text = content.in(lang);
		return new Suggestion(article.slug(), article.category(), text.title(), content.languageOf(text, lang),
				ArticleText.paragraphs(text.body()));
	}

	/** The words to match, or null when there are too few to search. */
	private static String words(String text) {
		String words = (text == null) ? "" : text.strip();
		if (words.length() < 2) {
			return null;
		}
		return (words.length() > LONGEST_TEXT) ? words.substring(0, LONGEST_TEXT) : words;
	}

}
