package io.yordam.knowledge;

import java.time.Clock;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.search.mapper.orm.Search;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The search over published articles, with a memory of its answers. The bot searches the
 * knowledge base for every message it falls back to the FAQ for, and customers ask the
 * same few questions in the same words: the fuzzy query (Lucene builds its typo automata
 * anew for each one) was over a quarter of the chat's CPU (issue 14). An answer is kept
 * until an article is saved, published or archived on this node, and at most
 * {@link SearchMemory#KEPT}, the bound for edits made on another node.
 */
@Component
class ArticleSearch {

	private final SearchMemory memory;

	@PersistenceContext
	private EntityManager entityManager;

	ArticleSearch(Clock clock) {
		this.memory = new SearchMemory(clock);
	}

	/**
	 * Within the caller's (read-only) transaction: a miss loads the matching articles.
	 */
	List<KnowledgeBase.Hit> search(String q, String lang, int limit) {
		return this.memory.answer(new SearchMemory.Key(q, lang, limit), () -> query(q, lang, limit));
	}

	/**
	 * After the change is committed; the index has it once the outbox's agent took it
	 * (ADR 011), which the memory's settling time covers.
	 */
	@TransactionalEventListener(fallbackExecution = true)
	void on(ArticlesChanged changed) {
		this.memory.forget();
	}

	private List<KnowledgeBase.Hit> query(String q, String lang, int limit) {
		return Search.session(this.entityManager)
			.search(KbArticle.class)
			.where(f -> f.bool()
				.filter(f.match().field("status").matching("PUBLISHED"))
				.must(ArticleMatch.text(f, q, lang)))
			.fetchHits(limit)
			.stream()
			.map(a -> {
				ArticleContent.Text text = a.published().in(lang);
				String body = (text.body() == null) ? "" : text.body();
				return new KnowledgeBase.Hit(a.slug(), a.category(), text.title(),
						(body.length() > 200) ? body.substring(0, 200) + "…" : body);
			})
			.toList();
	}

	/** An article was saved, published or archived: what searches answer may change. */
	record ArticlesChanged(String slug) {
	}

}
